package io.openhire.jobs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.openhire.companies.CompanySummary;
import org.jspecify.annotations.Nullable;

/**
 * A job in a list: the detail without its long texts and questions. A page of them takes
 * a fixed number of statements (companies, categories and skills fetched for the whole
 * page).
 */
record JobSummary(UUID id, String title, @Nullable CompanySummary company, JobView.@Nullable CategoryItem category,
		JobDetails.@Nullable Location location, RemoteOption remoteOption, JobType jobType,
		ExperienceLevel experienceLevel, @Nullable Integer salaryMin, @Nullable Integer salaryMax,
		@Nullable String salaryCurrency, @Nullable SalaryPeriod salaryPeriod, List<JobView.SkillItem> skills,
		@Nullable Instant applicationDeadline, @Nullable Instant expiresAt, boolean isFeatured, JobStatus status,
		@Nullable Instant publishedAt, Instant createdAt) {

}
