package io.openhire.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.openhire.shared.PageQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of {@code GET /skills}: {@code q} matches the start of the name or of an
 * alias, case-insensitively.
 */
record SkillQuery(@Nullable String prefix, @Nullable SkillCategory category, SkillStatus status, PageQuery page) {

	static SkillQuery of(@Nullable String q, @Nullable String category, @Nullable String status, PageQuery page) {
		SkillStatus wanted = ApiValues.parse(SkillStatus.class, "status", status);
		return new SkillQuery(Names.prefixPattern(q), ApiValues.parse(SkillCategory.class, "category", category),
				(wanted != null) ? wanted : SkillStatus.APPROVED, page);
	}

	/** Public lists are cached; the admins' views of other statuses are not. */
	boolean cacheable() {
		return status == SkillStatus.APPROVED;
	}

	String cacheKey() {
		return "q=" + prefix + "|category=" + category + "|page=" + page.page() + "|size=" + page.pageSize();
	}

	Specification<Skill> specification() {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			predicates.add(cb.equal(root.get("status"), status));
			if (category != null) {
				predicates.add(cb.equal(root.get("category"), category));
			}
			if (prefix != null) {
				Subquery<UUID> aliased = query.subquery(UUID.class);
				Root<Skill> other = aliased.from(Skill.class);
				Join<Skill, SkillAlias> alias = other.join("aliases");
				aliased.select(other.get("id")).where(cb.like(alias.get("aliasNormalized"), prefix, '\\'));
				predicates.add(cb.or(cb.like(root.get("nameNormalized"), prefix, '\\'), root.get("id").in(aliased)));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
