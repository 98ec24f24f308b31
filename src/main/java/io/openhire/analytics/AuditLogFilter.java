package io.openhire.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.openhire.shared.ApiProblem;
import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;

/**
 * Which audit-log entries to list; every criterion given must hold, and {@code null}
 * means "any". The time range includes both ends.
 *
 * @param actorId entries of this actor
 * @param action entries with exactly this action
 * @param entityType entries about this kind of thing
 * @param entityId entries about the thing with this id
 * @param from entries that occurred at or after this instant
 * @param to entries that occurred at or before this instant
 */
public record AuditLogFilter(@Nullable UUID actorId, @Nullable String action, @Nullable String entityType,
		@Nullable String entityId, @Nullable Instant from, @Nullable Instant to) {

	/**
	 * @throws ApiProblem {@code validation_failed} naming {@code from} when it is after
	 * {@code to}
	 */
	public AuditLogFilter {
		if (from != null && to != null && from.isAfter(to)) {
			throw ApiProblem.invalid("from", "Must not be after to.");
		}
	}

	/**
	 * The criteria as a query of {@link AuditRecord}s, so the database does the
	 * filtering.
	 */
	Specification<AuditRecord> toSpecification() {
		return (root, query, builder) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (actorId != null) {
				predicates.add(builder.equal(root.get("actorId"), actorId));
			}
			if (action != null) {
				predicates.add(builder.equal(root.get("action"), action));
			}
			if (entityType != null) {
				predicates.add(builder.equal(root.get("entityType"), entityType));
			}
			if (entityId != null) {
				predicates.add(builder.equal(root.get("entityId"), entityId));
			}
			if (from != null) {
				predicates.add(builder.greaterThanOrEqualTo(root.get("occurredAt"), from));
			}
			if (to != null) {
				predicates.add(builder.lessThanOrEqualTo(root.get("occurredAt"), to));
			}
			return builder.and(predicates.toArray(Predicate[]::new));
		};
	}

}
