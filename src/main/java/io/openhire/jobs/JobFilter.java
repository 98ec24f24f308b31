package io.openhire.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of {@code GET /jobs}, applied to published jobs that are open now: neither
 * {@code expires_at} nor {@code application_deadline} has passed (decided in the query,
 * so a job disappears the moment it expires, before the closing job runs).
 * <p>
 * {@code location} matches the city (any case) or the ISO country code;
 * {@code salary_min} keeps jobs that may pay at least that much (their maximum, or their
 * minimum when they have no maximum); {@code salary_max} keeps jobs whose minimum does
 * not exceed it; {@code skills} keeps jobs asking for any of the skills.
 */
record JobFilter(@Nullable UUID company, @Nullable UUID category, @Nullable JobType jobType,
		@Nullable ExperienceLevel experienceLevel, @Nullable RemoteOption remoteOption, @Nullable String location,
		@Nullable Integer salaryMin, @Nullable Integer salaryMax, @Nullable String currency, List<UUID> skills,
		@Nullable String companyType, @Nullable String facilityType, @Nullable Integer postedWithinDays,
		@Nullable Boolean featured) {

	Specification<Job> specification(Instant now) {
		return (root, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			where.add(cb.equal(root.get("status"), JobStatus.PUBLISHED));
			where.add(openAt(root.get("expiresAt"), now, cb));
			where.add(openAt(root.get("applicationDeadline"), now, cb));
			equal(where, cb, root.get("companyId"), company);
			equal(where, cb, root.get("categoryId"), category);
			equal(where, cb, root.get("jobType"), jobType);
			equal(where, cb, root.get("experienceLevel"), experienceLevel);
			equal(where, cb, root.get("remoteOption"), remoteOption);
			equal(where, cb, root.get("companyType"), companyType);
			equal(where, cb, root.get("companyFacilityType"), facilityType);
			equal(where, cb, root.get("isFeatured"), featured);
			if (currency != null) {
				where.add(cb.equal(root.get("salaryCurrency"), currency.strip().toUpperCase(Locale.ROOT)));
			}
			if (location != null && !location.isBlank()) {
				String text = location.strip();
				Path<Object> place = root.get("location");
				where.add(cb.or(cb.equal(place.get("cityKey"), text.toLowerCase(Locale.ROOT)),
						cb.equal(place.get("country"), text.toUpperCase(Locale.ROOT))));
			}
			if (salaryMin != null) {
				where.add(cb.or(cb.greaterThanOrEqualTo(root.get("salaryMax"), salaryMin), cb
					.and(cb.isNull(root.get("salaryMax")), cb.greaterThanOrEqualTo(root.get("salaryMin"), salaryMin))));
			}
			if (salaryMax != null) {
				where.add(cb.lessThanOrEqualTo(root.get("salaryMin"), salaryMax));
			}
			if (postedWithinDays != null) {
				where.add(
						cb.greaterThanOrEqualTo(root.get("publishedAt"), now.minus(Duration.ofDays(postedWithinDays))));
			}
			if (!skills.isEmpty()) {
				Subquery<UUID> withSkill = query.subquery(UUID.class);
				Root<Job> other = withSkill.from(Job.class);
				Join<Job, JobSkill> skill = other.join("skills");
				withSkill.select(other.get("id")).where(skill.get("skillId").in(skills));
				where.add(root.get("id").in(withSkill));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static Predicate openAt(Path<Instant> time, Instant now, CriteriaBuilder cb) {
		return cb.or(cb.isNull(time), cb.greaterThan(time, now));
	}

	private static void equal(List<Predicate> where, CriteriaBuilder cb, Path<?> path, @Nullable Object value) {
		if (value != null) {
			where.add(cb.equal(path, value));
		}
	}

}
