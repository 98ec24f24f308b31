package io.openhire.catalog;

import io.openhire.shared.AuditTrail;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.PageQuery;
import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists qualifications, and what admins do to them; every admin change is audited. */
@Service
@Transactional
class QualificationService {

	/**
	 * A new qualification or a change; absent fields stay, {@code "field": null} clears.
	 */
	record QualificationFields(@Nullable String name, @Nullable String level, @Nullable Optional<String> field) {
	}

	private final Qualifications qualifications;

	private final CatalogCaches caches;

	private final AuditTrail audit;

	QualificationService(Qualifications qualifications, CatalogCaches caches, AuditTrail audit) {
		this.qualifications = qualifications;
		this.caches = caches;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	ListPage<QualificationView> list(@Nullable String q, @Nullable String level, PageQuery page) {
		String prefix = Names.prefixPattern(q);
		QualificationLevel wanted = ApiValues.parse(QualificationLevel.class, "level", level);
		String key = "q=" + prefix + "|level=" + wanted + "|page=" + page.page() + "|size=" + page.pageSize();
		return caches.get(CatalogCaches.QUALIFICATIONS, key, () -> {
			Specification<Qualification> filter = (qualification, query, cb) -> {
				List<Predicate> predicates = new ArrayList<>();
				if (prefix != null) {
					predicates.add(cb.like(qualification.get("nameNormalized"), prefix, '\\'));
				}
				if (wanted != null) {
					predicates.add(cb.equal(qualification.get("level"), wanted));
				}
				return cb.and(predicates.toArray(Predicate[]::new));
			};
			Page<Qualification> found = qualifications.findAll(filter, PageRequest.of(page.page() - 1, page.pageSize(),
					Sort.by(Sort.Order.asc("nameNormalized"), Sort.Order.asc("id"))));
			return new ListPage<>(found.getTotalElements(), found.map(QualificationView::of).getContent());
		});
	}

	@Transactional(readOnly = true)
	QualificationView get(UUID id) {
		return QualificationView.of(find(id));
	}

	QualificationView create(UUID adminId, QualificationFields fields) {
		String name = Names.required("name", fields.name(), Qualification.NAME_LENGTH);
		QualificationLevel level = ApiValues.parse(QualificationLevel.class, "level", fields.level());
		if (level == null) {
			throw ApiProblem.invalid("level", "This field is required.");
		}
		String field = (fields.field() != null)
				? Names.optional("field", fields.field().orElse(null), Qualification.FIELD_LENGTH) : null;
		ensureFree(name, null);
		Qualification qualification = new Qualification(name, level, field);
		save(qualification);
		audit.record(adminId, "qualification_created", "qualification", qualification.id(), Map.of("name", name));
		return QualificationView.of(qualification);
	}

	QualificationView change(UUID adminId, UUID id, QualificationFields fields) {
		Qualification qualification = find(id);
		String name = (fields.name() != null) ? Names.required("name", fields.name(), Qualification.NAME_LENGTH)
				: qualification.name();
		QualificationLevel level = ApiValues.parse(QualificationLevel.class, "level", fields.level());
		String field = (fields.field() != null)
				? Names.optional("field", fields.field().orElse(null), Qualification.FIELD_LENGTH)
				: qualification.field();
		ensureFree(name, qualification);
		qualification.change(name, (level != null) ? level : qualification.level(), field);
		save(qualification);
		audit.record(adminId, "qualification_updated", "qualification", id, Map.of("name", name));
		return QualificationView.of(qualification);
	}

	/**
	 * Qualifications are deleted for good: other modules copy what they need of one (its
	 * name) rather than hold its id.
	 */
	void delete(UUID adminId, UUID id) {
		Qualification qualification = find(id);
		qualifications.delete(qualification);
		qualifications.flush();
		changed();
		audit.record(adminId, "qualification_deleted", "qualification", id, Map.of("name", qualification.name()));
	}

	private Qualification find(UUID id) {
		return qualifications.findById(id).orElseThrow(() -> ApiProblem.notFound("No such qualification."));
	}

	private void ensureFree(String name, @Nullable Qualification self) {
		qualifications.findByNameNormalized(Names.normalize(name))
			.filter((other) -> self == null || !other.id().equals(self.id()))
			.ifPresent((other) -> {
				throw ApiProblem.conflict("name_taken", "Another qualification is named " + name + ".");
			});
	}

	private void save(Qualification qualification) {
		try {
			qualifications.saveAndFlush(qualification);
		}
		catch (DataIntegrityViolationException ex) {
			throw ApiProblem.conflict("name_taken", "Another qualification has this name.");
		}
		changed();
	}

	private void changed() {
		caches.changed(CatalogCaches.QUALIFICATIONS);
	}

}
