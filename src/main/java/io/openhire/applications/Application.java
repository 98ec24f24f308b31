package io.openhire.applications;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.AssignedIdEntity;
import io.openhire.shared.Ids;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A candidate's application to a job, and its status workflow: every move is checked here
 * against {@link StatusTransitions} for the side that makes it, and returns the
 * {@link StatusChange} to keep in the history.
 */
@Entity
@Table(name = "applications")
class Application extends AssignedIdEntity<UUID> {

	@Id
	private UUID id;

	private UUID jobId;

	private UUID companyId;

	private UUID candidateId;

	private @Nullable String coverLetter;

	private @Nullable UUID resumeDocumentId;

	@Convert(converter = JsonAnswers.class)
	private Map<String, Object> answers = new LinkedHashMap<>();

	@Enumerated(EnumType.STRING)
	private ApplicationStatus status;

	private @Nullable Integer rating;

	private @Nullable String internalNotes;

	private Instant appliedAt;

	private @Nullable Instant hiredAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Application() {
		// for JPA
	}

	Application(UUID jobId, UUID companyId, UUID candidateId, @Nullable String coverLetter,
			@Nullable UUID resumeDocumentId, Map<String, Object> answers, Instant now) {
		this.id = Ids.newId();
		this.jobId = jobId;
		this.companyId = companyId;
		this.candidateId = candidateId;
		this.coverLetter = coverLetter;
		this.resumeDocumentId = resumeDocumentId;
		// as their column gives them back (a number read from JSON is an Integer, say):
		// values of other types would look changed to every flush, and be written again
		this.answers = JsonAnswers.asStored(answers);
		this.status = ApplicationStatus.APPLIED;
		this.appliedAt = now;
		this.updatedAt = now;
	}

	/** The first entry of the history: none → applied, by the candidate. */
	StatusChange submitted() {
		return new StatusChange(id, null, ApplicationStatus.APPLIED, candidateId, null, null, appliedAt);
	}

	/**
	 * Moves the application, if {@code party} may make that move from where it stands.
	 * @throws ApiProblem 409 {@code application_closed} when the employer acts on a final
	 * application, 409 {@code invalid_transition} for any move the table does not allow
	 */
	StatusChange moveTo(Party party, UUID by, ApplicationStatus to, @Nullable String reason, @Nullable String note,
			Instant now) {
		if (party == Party.EMPLOYER) {
			requireOpen();
		}
		if (!StatusTransitions.allows(party, status, to)) {
			throw ApiProblem.conflict("invalid_transition",
					"An application that is " + status.value() + " cannot move to " + to.value() + ".");
		}
		ApplicationStatus from = status;
		status = to;
		updatedAt = now;
		if (to == ApplicationStatus.HIRED) {
			hiredAt = now;
		}
		return new StatusChange(id, from, to, by, reason, note, now);
	}

	/** The candidate may reword the cover letter while nobody has looked at it yet. */
	void changeCoverLetter(@Nullable String text, Instant now) {
		if (status != ApplicationStatus.APPLIED) {
			throw ApiProblem.conflict("application_not_editable",
					"The cover letter can be changed only while the application is applied.");
		}
		coverLetter = text;
		updatedAt = now;
	}

	/** The company's own assessment; kept on closed applications too, for the record. */
	void review(@Nullable Integer rating, @Nullable String internalNotes, Instant now) {
		this.rating = rating;
		this.internalNotes = internalNotes;
		updatedAt = now;
	}

	/** Fails with 409 {@code application_closed} when the status is final. */
	void requireOpen() {
		if (status.isFinal()) {
			throw ApiProblem.conflict("application_closed", "The application is " + status.value() + ".");
		}
	}

	// @formatter:off
	UUID id() { return id; }
	UUID jobId() { return jobId; }
	UUID companyId() { return companyId; }
	UUID candidateId() { return candidateId; }
	@Nullable String coverLetter() { return coverLetter; }
	@Nullable UUID resumeDocumentId() { return resumeDocumentId; }
	Map<String, Object> answers() { return Map.copyOf(answers); }
	ApplicationStatus status() { return status; }
	@Nullable Integer rating() { return rating; }
	@Nullable String internalNotes() { return internalNotes; }
	Instant appliedAt() { return appliedAt; }
	@Nullable Instant hiredAt() { return hiredAt; }
	Instant updatedAt() { return updatedAt; }
	// @formatter:on

	@Override
	public UUID getId() {
		return this.id;
	}

}
