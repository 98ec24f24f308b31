package io.openhire.companies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.VerificationStatus;
import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of {@code GET /companies}, as one query. Text filters ignore letter case:
 * {@code q} finds a part of the name, {@code industry} and {@code city} match whole
 * values.
 */
record CompanyFilter(@Nullable String q, @Nullable CompanyType type, @Nullable String industry,
		@Nullable CompanySize size, @Nullable String city, @Nullable String country, @Nullable Boolean verified) {

	CompanyFilter {
		limit("q", q);
		limit("industry", industry);
		limit("city", city);
		if (country != null && !country.isBlank() && country.strip().length() != 2) {
			throw ApiProblem.invalid("country", "Use an ISO 3166 two-letter country code such as NL.");
		}
	}

	Specification<Company> specification() {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (q != null && !q.isBlank()) {
				String pattern = "%" + escape(CompanyRules.nameKey(q)) + "%";
				predicates.add(cb.like(root.get("nameKey"), pattern, '\\'));
			}
			if (type != null) {
				predicates.add(cb.equal(root.get("type"), type));
			}
			if (industry != null && !industry.isBlank()) {
				predicates.add(cb.equal(root.get("industryKey"), key(industry)));
			}
			if (size != null) {
				predicates.add(cb.equal(root.get("size"), size));
			}
			if (city != null && !city.isBlank()) {
				predicates.add(cb.equal(root.get("headquarters").get("cityKey"), key(city)));
			}
			if (country != null && !country.isBlank()) {
				predicates
					.add(cb.equal(root.get("headquarters").get("country"), country.strip().toUpperCase(Locale.ROOT)));
			}
			if (verified != null) {
				predicates.add(verified ? cb.equal(root.get("verificationStatus"), VerificationStatus.VERIFIED)
						: cb.notEqual(root.get("verificationStatus"), VerificationStatus.VERIFIED));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static void limit(String parameter, @Nullable String value) {
		if (value != null && value.length() > 100) {
			throw ApiProblem.invalid(parameter, "Use at most 100 characters.");
		}
	}

	private static String key(String value) {
		return value.strip().toLowerCase(Locale.ROOT);
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
