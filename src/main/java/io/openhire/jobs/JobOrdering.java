package io.openhire.jobs;

import java.util.Arrays;
import java.util.stream.Collectors;

import io.openhire.shared.ApiProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;

/** The orderings of {@code GET /jobs}; ties are broken by id, newest first. */
enum JobOrdering {

	NEWEST("-published_at", Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"))),

	OLDEST("published_at", Sort.by(Sort.Order.asc("publishedAt"), Sort.Order.asc("id"))),

	HIGHEST_SALARY("-salary_max", Sort.by(Sort.Order.desc("salaryMax").nullsLast(), Sort.Order.desc("id"))),

	LOWEST_SALARY("salary_min", Sort.by(Sort.Order.asc("salaryMin").nullsLast(), Sort.Order.desc("id")));

	private final String parameter;

	private final Sort sort;

	JobOrdering(String parameter, Sort sort) {
		this.parameter = parameter;
		this.sort = sort;
	}

	Sort sort() {
		return sort;
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
