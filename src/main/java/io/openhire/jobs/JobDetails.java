package io.openhire.jobs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A job's editable fields as clients send them (POST and PUT; PATCH merges into the
 * current ones). {@link JobRules} checks what annotations cannot: salary range, dates,
 * skills, category, and sanitizes the rich-text fields.
 */
record JobDetails(@NotNull UUID companyId, @NotNull UUID categoryId, @NotBlank @Size(max = 200) String title,
		@NotBlank @Size(max = RichText.MAX_LENGTH) String description,
		@Nullable @Size(max = RichText.MAX_LENGTH) String requirements,
		@Nullable @Size(max = RichText.MAX_LENGTH) String responsibilities,
		@Nullable @Size(max = RichText.MAX_LENGTH) String benefits, @Nullable @Valid Location location,
		@NotNull RemoteOption remoteOption, @NotNull JobType jobType, @NotNull ExperienceLevel experienceLevel,
		@Nullable @Min(0) @Max(60) Integer minExperienceYears, @Nullable @Min(0) @Max(100_000_000) Integer salaryMin,
		@Nullable @Min(0) @Max(100_000_000) Integer salaryMax,
		@Nullable @Pattern(regexp = "[A-Za-z]{3}", message = "Must be an ISO 4217 code.") String salaryCurrency,
		@Nullable SalaryPeriod salaryPeriod, @Nullable @Size(max = 30) List<@NotNull @Valid SkillItem> skills,
		@Nullable @Size(max = 20) List<@NotBlank @Size(max = 200) String> qualifications,
		@Nullable @Min(1) @Max(10_000) Integer openings,
		@Nullable @Size(max = 20) List<@NotNull @Valid QuestionItem> questions, @Nullable UUID assessmentId,
		@Nullable Instant applicationDeadline, @Nullable Instant expiresAt, @Nullable Boolean isFeatured) {

	/** Where the job is; {@code country} is an ISO 3166 alpha-2 code. */
	record Location(@Nullable @Size(max = 255) String address, @Nullable @Size(max = 100) String city,
			@Nullable @Size(max = 100) String region, @Nullable @Size(max = 20) String postalCode,
			@Nullable @Pattern(regexp = "[A-Za-z]{2}", message = "Must be an ISO 3166 alpha-2 code.") String country,
			@Nullable @DecimalMin("-90") @DecimalMax("90") Double latitude,
			@Nullable @DecimalMin("-180") @DecimalMax("180") Double longitude) {

	}

	/** A skill by catalog id ({@code skill_id}) or by name ({@code name}). */
	record SkillItem(@Nullable UUID skillId, @Nullable @Size(max = 100) String name,
			@Nullable @Min(1) @Max(10) Integer level, @Nullable Boolean isRequired,
			@Nullable @Min(0) @Max(60) Integer yearsRequired) {

	}

	/**
	 * A question for applicants; {@code id} keeps an existing question's id on edits (a
	 * new question gets one).
	 */
	record QuestionItem(@Nullable UUID id, @NotBlank @Size(max = 500) String text, @NotNull QuestionType type,
			@Nullable @Size(max = 20) List<@NotBlank @Size(max = 200) String> options, @Nullable Boolean isRequired) {

	}

}
