package io.openhire.applications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;

/**
 * Which applications a list holds: those the caller may see ({@code candidateId} for a
 * candidate, {@code companyIds} for an employer, everything for an admin), narrowed by
 * the query parameters.
 */
record ApplicationFilter(@Nullable UUID candidateId, @Nullable List<UUID> companyIds, @Nullable UUID jobId,
		@Nullable ApplicationStatus status, @Nullable Instant appliedAfter) {

	Specification<Application> specification() {
		return (root, query, cb) -> {
			var predicates = new java.util.ArrayList<jakarta.persistence.criteria.Predicate>();
			if (candidateId != null) {
				predicates.add(cb.equal(root.get("candidateId"), candidateId));
			}
			if (companyIds != null) {
				predicates.add(companyIds.isEmpty() ? cb.disjunction() : root.get("companyId").in(companyIds));
			}
			if (jobId != null) {
				predicates.add(cb.equal(root.get("jobId"), jobId));
			}
			if (status != null) {
				predicates.add(cb.equal(root.get("status"), status));
			}
			if (appliedAfter != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("appliedAt"), appliedAfter));
			}
			return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
		};
	}

}
