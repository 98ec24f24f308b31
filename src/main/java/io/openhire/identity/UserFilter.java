package io.openhire.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.Role;
import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;

/** The filters of {@code GET /admin/users}, as one database query. */
record UserFilter(@Nullable Role role, @Nullable Boolean active, @Nullable Boolean emailVerified, @Nullable String q,
		@Nullable Instant joinedAfter, @Nullable Instant joinedBefore) {

	UserFilter {
		if (joinedAfter != null && joinedBefore != null && joinedAfter.isAfter(joinedBefore)) {
			throw ApiProblem.invalid("joined_after", "Must not be after joined_before.");
		}
		if (q != null && q.length() > 100) {
			throw ApiProblem.invalid("q", "Use at most 100 characters.");
		}
	}

	Specification<User> specification() {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (role != null) {
				predicates.add(cb.equal(root.get("role"), role));
			}
			if (active != null) {
				predicates.add(cb.equal(root.get("active"), active));
			}
			if (emailVerified != null) {
				predicates.add(cb.equal(root.get("emailVerified"), emailVerified));
			}
			if (q != null && !q.isBlank()) {
				String pattern = "%" + escape(q.strip().toLowerCase(Locale.ROOT)) + "%";
				predicates.add(cb.or(cb.like(root.get("emailNormalized"), pattern, '\\'),
						cb.like(cb.lower(root.get("firstName")), pattern, '\\'),
						cb.like(cb.lower(root.get("lastName")), pattern, '\\')));
			}
			if (joinedAfter != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("dateJoined"), joinedAfter));
			}
			if (joinedBefore != null) {
				predicates.add(cb.lessThan(root.get("dateJoined"), joinedBefore));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
