package io.openhire.catalog;

import io.openhire.shared.AuditTrail;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.openhire.shared.ApiProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists skills, and what admins do to them; every admin change is audited. */
@Service
@Transactional
class SkillService {

	/** A new skill or a change; in a change {@code null} leaves a field as it is. */
	record SkillFields(@Nullable String name, @Nullable String category, @Nullable Optional<String> description,
			@Nullable Integer popularity, @Nullable List<String> aliases) {
	}

	private static final Sort ORDER = Sort.by(Sort.Order.desc("popularity"), Sort.Order.asc("nameNormalized"),
			Sort.Order.asc("id"));

	private final Skills skills;

	private final CatalogCaches caches;

	private final AuditTrail audit;

	private final Clock clock;

	SkillService(Skills skills, CatalogCaches caches, AuditTrail audit, Clock clock) {
		this.skills = skills;
		this.caches = caches;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	ListPage<SkillView> list(SkillQuery query) {
		if (!query.cacheable()) {
			return load(query);
		}
		return caches.get(CatalogCaches.SKILLS, query.cacheKey(), () -> load(query));
	}

	private ListPage<SkillView> load(SkillQuery query) {
		Page<Skill> page = skills.findAll(query.specification(),
				PageRequest.of(query.page().page() - 1, query.page().pageSize(), ORDER));
		return new ListPage<>(page.getTotalElements(), page.map(SkillView::of).getContent());
	}

	@Transactional(readOnly = true)
	SkillView get(UUID id, boolean admin) {
		Skill skill = skills.findById(id)
			.filter((found) -> admin || found.status() == SkillStatus.APPROVED)
			.orElseThrow(() -> ApiProblem.notFound("No such skill."));
		return SkillView.of(skill);
	}

	SkillView create(UUID adminId, SkillFields fields) {
		String name = Names.required("name", fields.name(), Skill.NAME_LENGTH);
		SkillCategory category = ApiValues.parse(SkillCategory.class, "category", fields.category());
		if (category == null) {
			throw ApiProblem.invalid("category", "This field is required.");
		}
		List<SkillAlias> aliases = aliases(fields.aliases());
		ensureFree(name, aliases, null);
		Skill skill = new Skill(name, freeSlug(name, null), category, description(fields.description(), null),
				popularity(fields.popularity(), 0), clock.instant());
		skill.replaceAliases(aliases);
		save(skill);
		audit.record(adminId, "skill_created", "skill", skill.id(), Map.of("name", name));
		return SkillView.of(skill);
	}

	SkillView change(UUID adminId, UUID id, SkillFields fields) {
		Skill skill = find(id);
		String name = (fields.name() != null) ? Names.required("name", fields.name(), Skill.NAME_LENGTH) : skill.name();
		SkillCategory category = ApiValues.parse(SkillCategory.class, "category", fields.category());
		List<SkillAlias> aliases = (fields.aliases() != null) ? aliases(fields.aliases())
				: skill.aliases().stream().map(SkillAlias::of).toList();
		ensureFree(name, aliases, skill);
		Map<String, String> details = new LinkedHashMap<>();
		if (!name.equals(skill.name())) {
			details.put("name", skill.name() + " → " + name);
			skill.rename(name,
					Names.normalize(name).equals(skill.nameNormalized()) ? skill.slug() : freeSlug(name, skill));
		}
		skill.describe((category != null) ? category : skill.category(),
				description(fields.description(), skill.description()),
				popularity(fields.popularity(), skill.popularity()));
		if (fields.aliases() != null) {
			skill.replaceAliases(List.of());
			skills.flush();
			skill.replaceAliases(aliases);
			details.put("aliases", String.join(", ", skill.aliases()));
		}
		save(skill);
		audit.record(adminId, "skill_updated", "skill", id, details);
		return SkillView.of(skill);
	}

	/**
	 * Deleting retires the skill: it leaves every list, and what refers to it keeps its
	 * name (other modules hold skill ids; the catalog cannot know whether any still
	 * does).
	 */
	void retire(UUID adminId, UUID id) {
		Skill skill = find(id);
		skill.retire();
		changed();
		audit.record(adminId, "skill_deleted", "skill", id, Map.of("name", skill.name()));
	}

	SkillView approve(UUID adminId, UUID id) {
		Skill skill = find(id);
		skill.approve();
		changed();
		audit.record(adminId, "skill_approved", "skill", id, Map.of("name", skill.name()));
		return SkillView.of(skill);
	}

	/** The skill becomes an alias of {@code intoId}; references to it resolve there. */
	SkillView merge(UUID adminId, UUID id, UUID intoId) {
		Skill skill = find(id);
		Skill target = skills.findById(intoId).orElseThrow(() -> ApiProblem.invalid("into_id", "No such skill."));
		List<SkillAlias> moved = skill.mergeInto(target);
		skills.flush();
		target.addAliases(moved);
		skills.redirectMerged(skill.id(), target.id());
		save(target);
		audit.record(adminId, "skill_merged", "skill", id,
				Map.of("name", skill.name(), "into_id", target.id().toString(), "into_name", target.name()));
		return SkillView.of(target);
	}

	private Skill find(UUID id) {
		return skills.findById(id).orElseThrow(() -> ApiProblem.notFound("No such skill."));
	}

	private void save(Skill skill) {
		try {
			skills.saveAndFlush(skill);
		}
		catch (DataIntegrityViolationException ex) {
			throw ApiProblem.conflict("name_taken", "Another skill has this name or alias.");
		}
		changed();
	}

	private void changed() {
		caches.changed(CatalogCaches.SKILLS, CatalogCaches.SKILL_REFS);
	}

	/** Neither the name nor an alias may be another skill's name or alias. */
	private void ensureFree(String name, List<SkillAlias> aliases, @Nullable Skill self) {
		if (takenByOther(Names.normalize(name), self)) {
			throw ApiProblem.conflict("name_taken", "Another skill has the name or alias " + name + ".");
		}
		for (SkillAlias alias : aliases) {
			if (takenByOther(alias.aliasNormalized(), self)) {
				throw ApiProblem.conflict("name_taken", "Another skill has the name or alias " + alias.alias() + ".");
			}
		}
	}

	private boolean takenByOther(String normalized, @Nullable Skill self) {
		return skills.findByNameNormalized(normalized)
			.or(() -> skills.findByAlias(normalized))
			.filter((other) -> self == null || !other.id().equals(self.id()))
			.isPresent();
	}

	private static List<SkillAlias> aliases(@Nullable List<String> aliases) {
		if (aliases == null) {
			return List.of();
		}
		if (aliases.size() > Skill.MAX_ALIASES) {
			throw ApiProblem.invalid("aliases", "Give at most " + Skill.MAX_ALIASES + " aliases.");
		}
		Map<String, SkillAlias> unique = new LinkedHashMap<>();
		for (int i = 0; i < aliases.size(); i++) {
			String alias = Names.required("aliases[" + i + "]", aliases.get(i), Skill.NAME_LENGTH);
			unique.putIfAbsent(Names.normalize(alias), SkillAlias.of(alias));
		}
		return List.copyOf(unique.values());
	}

	private static @Nullable String description(@Nullable Optional<String> given, @Nullable String current) {
		if (given == null) {
			return current;
		}
		return Names.optional("description", given.orElse(null), Skill.DESCRIPTION_LENGTH);
	}

	private static int popularity(@Nullable Integer given, int current) {
		if (given == null) {
			return current;
		}
		if (given < 0 || given > 1_000_000_000) {
			throw ApiProblem.invalid("popularity", "Must be between 0 and 1000000000.");
		}
		return given;
	}

	private String freeSlug(String name, @Nullable Skill self) {
		String base = Names.slug(name);
		String slug = base;
		for (int n = 2; skills.existsBySlug(slug) && (self == null || !slug.equals(self.slug())); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

}
