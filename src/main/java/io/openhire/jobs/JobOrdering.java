package io.openhire.jobs;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.openhire.shared.ApiProblem;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Sort;

/**
 * The orderings of {@code GET /jobs}; ties are broken by id, newest first.
 * <p>
 * The date orderings start with {@code status}: the list always asks for one status, so
 * that changes no order, but it matches the {@code (status, published_at)} indexes column
 * by column, which H2 needs to read the first page off the index instead of sorting every
 * published job (PostgreSQL finds the index either way; see V22 for why two columns).
 */
enum JobOrdering {

	NEWEST("-published_at", Sort.by(Sort.Order.asc("status"), Sort.Order.desc("publishedAt"), Sort.Order.desc("id"))),

	OLDEST("published_at", Sort.by(Sort.Order.asc("status"), Sort.Order.asc("publishedAt"), Sort.Order.asc("id"))),

	/** Jobs without a salary come last. */
	HIGHEST_SALARY("-salary_max", Sort.unsorted()),

	LOWEST_SALARY("salary_min", Sort.unsorted());

	private final String parameter;

	private final Sort sort;

	JobOrdering(String parameter, Sort sort) {
		this.parameter = parameter;
		this.sort = sort;
	}

	Sort sort() {
		return sort;
	}

	/**
	 * The ordering as criteria, nulls last: Spring Data JPA drops the null precedence of
	 * a {@code Sort.Order}, so {@link JobListing} orders the query itself.
	 */
	List<Order> orders(Root<Job> root, CriteriaBuilder cb) {
		return switch (this) {
			case NEWEST ->
				List.of(cb.asc(root.get("status")), cb.desc(root.get("publishedAt")), cb.desc(root.get("id")));
			case OLDEST -> List.of(cb.asc(root.get("status")), cb.asc(root.get("publishedAt")), cb.asc(root.get("id")));
			case HIGHEST_SALARY -> List.of(cb.asc(nullLast(root.get("salaryMax"), cb)), cb.desc(root.get("salaryMax")),
					cb.desc(root.get("id")));
			case LOWEST_SALARY -> List.of(cb.asc(nullLast(root.get("salaryMin"), cb)), cb.asc(root.get("salaryMin")),
					cb.desc(root.get("id")));
		};
	}

	/**
	 * 1 for a missing value, else 0: H2 and PostgreSQL disagree on where nulls sort, and
	 * Hibernate does not render {@code nulls last} from criteria on every dialect.
	 */
	private static Expression<Integer> nullLast(Path<Integer> value, CriteriaBuilder cb) {
		return cb.<Integer>selectCase().when(cb.isNull(value), 1).otherwise(0);
	}

	static JobOrdering parameter(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return NEWEST;
		}
		for (JobOrdering ordering : values()) {
			if (ordering.parameter.equals(value.strip())) {
				return ordering;
			}
		}
		throw ApiProblem.invalid("ordering", "Must be one of "
				+ Arrays.stream(values()).map((o) -> o.parameter).collect(Collectors.joining(", ")) + ".");
	}

}
