package io.openhire.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.openhire.companies.CompanySummary;
import org.jspecify.annotations.Nullable;

/**
 * A job in search results: the job summary of {@code GET /jobs} plus its {@code score}
 * and, when asked for, the {@code highlights} of title and description.
 */
record JobHit(UUID id, String title, @Nullable CompanySummary company, @Nullable CategoryItem category,
		Location location, String remoteOption, String jobType, String experienceLevel, @Nullable Integer salaryMin,
		@Nullable Integer salaryMax, @Nullable String salaryCurrency, @Nullable String salaryPeriod,
		List<SkillItem> skills, @Nullable Instant applicationDeadline, @Nullable Instant expiresAt, boolean isFeatured,
		String status, Instant publishedAt, Instant createdAt, @Nullable Float score,
		@Nullable Map<String, List<String>> highlights) {

	record CategoryItem(UUID id, String name) {

	}

	record Location(@Nullable String address, @Nullable String city, @Nullable String region,
			@Nullable String postalCode, @Nullable String country, @Nullable Double latitude,
			@Nullable Double longitude) {

	}

	record SkillName(UUID id, String name) {

	}

	record SkillItem(SkillName skill, @Nullable Integer level, boolean isRequired, @Nullable Integer yearsRequired) {

	}

	static JobHit of(JobDocument job, @Nullable CompanySummary company, @Nullable Float score,
			@Nullable Map<String, List<String>> highlights) {
		return new JobHit(job.id(), job.title(), company,
				(job.categoryName() != null) ? new CategoryItem(job.categoryId(), job.categoryName()) : null,
				new Location(job.address(), job.city(), job.region(), job.postalCode(), job.country(), job.latitude(),
						job.longitude()),
				job.remoteOption(), job.jobType(), job.experienceLevel(), job.salaryMin(), job.salaryMax(),
				job.salaryCurrency(), job.salaryPeriod(),
				job.skills()
					.stream()
					.map((skill) -> new SkillItem(new SkillName(skill.skillId(), skill.name()), skill.level(),
							skill.isRequired(), skill.yearsRequired()))
					.toList(),
				job.applicationDeadline(), job.expiresAt(), job.featured(), "published", job.publishedAt(),
				job.createdAt(), score, highlights);
	}

}
