package io.openhire.jobs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.AssignedIdEntity;
import io.openhire.shared.Ids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A job posting and its lifecycle: draft → published (or pending_review for an unverified
 * company, until an admin approves) → closed → archived; reopen moves a closed job back
 * to published, and an admin's rejection sends a pending job back to draft with a note.
 * Any other move is a 409 {@code invalid_transition}.
 */
@Entity
@Table(name = "jobs")
class Job extends AssignedIdEntity<UUID> {

	@Id
	private UUID id;

	private UUID companyId;

	private String companyType;

	private @Nullable String companyFacilityType;

	private UUID categoryId;

	private String title;

	private String description;

	private @Nullable String requirements;

	private @Nullable String responsibilities;

	private @Nullable String benefits;

	@Embedded
	private @Nullable JobLocation location;

	@Enumerated(EnumType.STRING)
	private RemoteOption remoteOption;

	@Enumerated(EnumType.STRING)
	private JobType jobType;

	@Enumerated(EnumType.STRING)
	private ExperienceLevel experienceLevel;

	private @Nullable Integer minExperienceYears;

	private @Nullable Integer salaryMin;

	private @Nullable Integer salaryMax;

	private @Nullable String salaryCurrency;

	@Enumerated(EnumType.STRING)
	private @Nullable SalaryPeriod salaryPeriod;

	@ElementCollection
	@CollectionTable(name = "job_skills", joinColumns = @JoinColumn(name = "job_id"))
	@OrderColumn(name = "list_index")
	private List<JobSkill> skills = new ArrayList<>();

	@Convert(converter = JsonStrings.class)
	private List<String> qualifications = new ArrayList<>();

	private int openings;

	@ElementCollection
	@CollectionTable(name = "job_questions", joinColumns = @JoinColumn(name = "job_id"))
	@OrderColumn(name = "list_index")
	private List<JobQuestion> questions = new ArrayList<>();

	private @Nullable UUID assessmentId;

	private @Nullable Instant applicationDeadline;

	private @Nullable Instant expiresAt;

	private boolean isFeatured;

	@Enumerated(EnumType.STRING)
	private JobStatus status;

	private @Nullable String reviewNote;

	/*
	 * The counts are kept by SQL increments (saves, buffered views, applications), never
	 * written by the entity: an edit must not overwrite them with the values it read.
	 */
	@Column(insertable = false, updatable = false)
	private long viewCount;

	@Column(insertable = false, updatable = false)
	private long applicationCount;

	@Column(insertable = false, updatable = false)
	private long saveCount;

	private @Nullable Instant publishedAt;

	private UUID createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Job() {
		// for JPA
	}

	Job(JobRules.Checked checked, UUID createdBy, Instant now) {
		this.id = Ids.newId();
		this.companyId = checked.details().companyId();
		this.status = JobStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = now;
		apply(checked, now);
	}

	/**
	 * Replaces every editable field. A published job's edit is checked like a new one:
	 * for a company that is not verified, it goes back to {@code pending_review}.
	 */
	void update(JobRules.Checked checked, boolean companyVerified, Instant now) {
		if (status == JobStatus.ARCHIVED) {
			throw invalidTransition("edit");
		}
		apply(checked, now);
		if (status == JobStatus.PUBLISHED && !companyVerified) {
			status = JobStatus.PENDING_REVIEW;
		}
	}

	private void apply(JobRules.Checked checked, Instant now) {
		JobDetails details = checked.details();
		this.companyType = checked.companyType();
		this.companyFacilityType = checked.companyFacilityType();
		this.categoryId = details.categoryId();
		this.title = details.title();
		this.description = details.description();
		this.requirements = details.requirements();
		this.responsibilities = details.responsibilities();
		this.benefits = details.benefits();
		this.location = (details.location() != null) ? new JobLocation(details.location()) : null;
		this.remoteOption = details.remoteOption();
		this.jobType = details.jobType();
		this.experienceLevel = details.experienceLevel();
		this.minExperienceYears = details.minExperienceYears();
		this.salaryMin = details.salaryMin();
		this.salaryMax = details.salaryMax();
		this.salaryCurrency = details.salaryCurrency();
		this.salaryPeriod = details.salaryPeriod();
		this.skills.clear();
		this.skills.addAll(checked.skills());
		this.qualifications = new ArrayList<>(orEmpty(details.qualifications()));
		this.openings = (details.openings() != null) ? details.openings() : 1;
		replaceQuestions(orEmpty(details.questions()));
		this.assessmentId = details.assessmentId();
		this.applicationDeadline = details.applicationDeadline();
		this.expiresAt = details.expiresAt();
		this.isFeatured = checked.featured();
		this.updatedAt = now;
	}

	private void replaceQuestions(List<JobDetails.QuestionItem> items) {
		Map<UUID, JobQuestion> current = questions.stream()
			.collect(Collectors.toMap(JobQuestion::id, Function.identity()));
		List<JobQuestion> replaced = items.stream()
			.map((item) -> new JobQuestion(
					(item.id() != null && current.containsKey(item.id())) ? item.id() : Ids.newId(),
					item.text().strip(), item.type(), orEmpty(item.options()).stream().map(String::strip).toList(),
					Boolean.TRUE.equals(item.isRequired())))
			.toList();
		questions.clear();
		questions.addAll(replaced);
	}

	/** Draft → published for a verified company, else → pending_review. */
	void publish(boolean companyVerified, Instant now) {
		require(JobStatus.DRAFT, "publish");
		requireOpenDates(now);
		reviewNote = null;
		if (companyVerified) {
			moveToPublished(now);
		}
		else {
			status = JobStatus.PENDING_REVIEW;
			updatedAt = now;
		}
	}

	void approve(Instant now) {
		require(JobStatus.PENDING_REVIEW, "approve");
		reviewNote = null;
		moveToPublished(now);
	}

	void reject(String note, Instant now) {
		require(JobStatus.PENDING_REVIEW, "reject");
		status = JobStatus.DRAFT;
		reviewNote = note;
		updatedAt = now;
	}

	void close(Instant now) {
		require(JobStatus.PUBLISHED, "close");
		status = JobStatus.CLOSED;
		updatedAt = now;
	}

	/** Closed → published again, keeping its first publication time. */
	void reopen(Instant now) {
		require(JobStatus.CLOSED, "reopen");
		requireOpenDates(now);
		status = JobStatus.PUBLISHED;
		updatedAt = now;
	}

	/** Any job but an archived one may be archived. */
	void archive(Instant now) {
		if (status == JobStatus.ARCHIVED) {
			throw invalidTransition("archive");
		}
		status = JobStatus.ARCHIVED;
		updatedAt = now;
	}

	/**
	 * Whether the public sees it: published, and neither expired nor past its deadline.
	 */
	boolean isOpen(Instant now) {
		return isOpen(status, applicationDeadline, expiresAt, now);
	}

	/** Whether a job takes applications: published, and neither date of it has passed. */
	static boolean isOpen(JobStatus status, @Nullable Instant applicationDeadline, @Nullable Instant expiresAt,
			Instant now) {
		return status == JobStatus.PUBLISHED && !isPastDates(applicationDeadline, expiresAt, now);
	}

	boolean isPastDates(Instant now) {
		return isPastDates(applicationDeadline, expiresAt, now);
	}

	private static boolean isPastDates(@Nullable Instant applicationDeadline, @Nullable Instant expiresAt,
			Instant now) {
		return (expiresAt != null && !expiresAt.isAfter(now))
				|| (applicationDeadline != null && !applicationDeadline.isAfter(now));
	}

	private void moveToPublished(Instant now) {
		status = JobStatus.PUBLISHED;
		publishedAt = now;
		updatedAt = now;
	}

	private void requireOpenDates(Instant now) {
		if (isPastDates(now)) {
			throw ApiProblem.invalid(
					(expiresAt != null && !expiresAt.isAfter(now)) ? "expires_at" : "application_deadline",
					"Must lie in the future to open the job.");
		}
	}

	private void require(JobStatus expected, String move) {
		if (status != expected) {
			throw invalidTransition(move);
		}
	}

	private ApiProblem invalidTransition(String move) {
		return ApiProblem.conflict("invalid_transition", "A job that is " + status.value() + " cannot " + move + ".");
	}

	private static <T> List<T> orEmpty(@Nullable List<T> list) {
		return (list != null) ? list : List.of();
	}

	/** The editable fields as a client would send them back (for PATCH). */
	JobDetails details() {
		return new JobDetails(companyId, categoryId, title, description, requirements, responsibilities, benefits,
				(location != null) ? location.details() : null, remoteOption, jobType, experienceLevel,
				minExperienceYears, salaryMin, salaryMax, salaryCurrency, salaryPeriod,
				skills.stream()
					.map((skill) -> new JobDetails.SkillItem(skill.skillId(), null, skill.level(), skill.isRequired(),
							skill.yearsRequired()))
					.toList(),
				List.copyOf(qualifications), openings,
				questions.stream()
					.map((question) -> new JobDetails.QuestionItem(question.id(), question.text(), question.type(),
							question.options(), question.isRequired()))
					.toList(),
				assessmentId, applicationDeadline, expiresAt, isFeatured);
	}

	// @formatter:off
	UUID id() { return id; }
	UUID companyId() { return companyId; }
	UUID createdBy() { return createdBy; }
	UUID categoryId() { return categoryId; }
	String title() { return title; }
	String description() { return description; }
	@Nullable String requirements() { return requirements; }
	@Nullable String responsibilities() { return responsibilities; }
	@Nullable String benefits() { return benefits; }
	@Nullable JobLocation location() { return location; }
	RemoteOption remoteOption() { return remoteOption; }
	JobType jobType() { return jobType; }
	ExperienceLevel experienceLevel() { return experienceLevel; }
	@Nullable Integer minExperienceYears() { return minExperienceYears; }
	@Nullable Integer salaryMin() { return salaryMin; }
	@Nullable Integer salaryMax() { return salaryMax; }
	@Nullable String salaryCurrency() { return salaryCurrency; }
	@Nullable SalaryPeriod salaryPeriod() { return salaryPeriod; }
	List<JobSkill> skills() { return List.copyOf(skills); }
	List<String> qualifications() { return List.copyOf(qualifications); }
	int openings() { return openings; }
	List<JobQuestion> questions() { return List.copyOf(questions); }
	@Nullable UUID assessmentId() { return assessmentId; }
	@Nullable Instant applicationDeadline() { return applicationDeadline; }
	@Nullable Instant expiresAt() { return expiresAt; }
	boolean isFeatured() { return isFeatured; }
	JobStatus status() { return status; }
	@Nullable String reviewNote() { return reviewNote; }
	long viewCount() { return viewCount; }
	long applicationCount() { return applicationCount; }
	long saveCount() { return saveCount; }
	@Nullable Instant publishedAt() { return publishedAt; }
	Instant createdAt() { return createdAt; }
	Instant updatedAt() { return updatedAt; }
	// @formatter:on

	@Override
	public UUID getId() {
		return this.id;
	}

}
