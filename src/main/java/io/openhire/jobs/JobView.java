package io.openhire.jobs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.openhire.companies.CompanySummary;
import org.jspecify.annotations.Nullable;

/** A job as {@code GET /jobs/{id}} and the writes answer it (API.md "Job"). */
record JobView(UUID id, String title, String description, @Nullable String requirements,
		@Nullable String responsibilities, @Nullable String benefits, @Nullable CompanySummary company,
		@Nullable CategoryItem category, JobDetails.@Nullable Location location, RemoteOption remoteOption,
		JobType jobType, ExperienceLevel experienceLevel, @Nullable Integer minExperienceYears,
		@Nullable Integer salaryMin, @Nullable Integer salaryMax, @Nullable String salaryCurrency,
		@Nullable SalaryPeriod salaryPeriod, List<SkillItem> skills, List<String> qualifications, int openings,
		List<Question> questions, @Nullable UUID assessmentId, @Nullable Instant applicationDeadline,
		@Nullable Instant expiresAt, boolean isFeatured, JobStatus status, @Nullable String reviewNote, long viewCount,
		long applicationCount, long saveCount, @Nullable Instant publishedAt, Instant createdAt, Instant updatedAt) {

	/** {@code category: {id, name}} */
	record CategoryItem(UUID id, String name) {

	}

	/** {@code skill: {id, name}} */
	record SkillName(UUID id, String name) {

	}

	record SkillItem(SkillName skill, @Nullable Integer level, boolean isRequired, @Nullable Integer yearsRequired) {

	}

	record Question(UUID id, String text, QuestionType type, List<String> options, boolean isRequired) {

	}

}
