package io.openhire.applications;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.AssignedIdEntity;
import io.openhire.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * An interview of an application. While {@code scheduled} it may be rescheduled (a new
 * time, place or kind: its invite's {@code sequence} grows) and cancelled (the sequence
 * grows again); it ends as {@code completed}, {@code no_show} or {@code cancelled}.
 * Feedback and rating may be recorded at any time.
 */
@Entity
@Table(name = "interviews")
class Interview extends AssignedIdEntity<UUID> {

	/** What an update did to the candidate's calendar invite. */
	enum InviteChange {

		NONE, RESCHEDULED, CANCELLED

	}

	@Id
	private UUID id;

	private UUID applicationId;

	@Enumerated(EnumType.STRING)
	private InterviewType type;

	@Enumerated(EnumType.STRING)
	private InterviewStatus status;

	private Instant scheduledAt;

	private int durationMinutes;

	private @Nullable String location;

	private @Nullable String meetingUrl;

	private @Nullable String interviewerName;

	private @Nullable String feedback;

	private @Nullable Integer rating;

	private int sequence;

	private UUID createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Interview() {
		// for JPA
	}

	Interview(UUID applicationId, InterviewFields fields, UUID createdBy, Instant now) {
		requireFuture(fields.scheduledAt(), now);
		this.id = Ids.newId();
		this.applicationId = applicationId;
		this.status = InterviewStatus.SCHEDULED;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
		this.sequence = 0;
		schedule(fields);
		this.feedback = fields.feedback();
		this.rating = fields.rating();
	}

	/** Applies a PATCH: reschedule, outcome, feedback and rating. */
	InviteChange update(InterviewFields fields, Instant now) {
		InviteChange change = InviteChange.NONE;
		if (!sameSchedule(fields)) {
			requireScheduled("reschedule");
			if (!fields.scheduledAt().equals(scheduledAt)) {
				requireFuture(fields.scheduledAt(), now);
			}
			schedule(fields);
			sequence++;
			change = InviteChange.RESCHEDULED;
		}
		InterviewStatus to = (fields.status() != null) ? fields.status() : status;
		if (to != status) {
			requireScheduled("become " + to.value());
			if (to == InterviewStatus.SCHEDULED) {
				throw invalid("become scheduled");
			}
			status = to;
			if (to == InterviewStatus.CANCELLED) {
				sequence++;
				change = InviteChange.CANCELLED;
			}
		}
		feedback = fields.feedback();
		rating = fields.rating();
		updatedAt = now;
		return change;
	}

	void cancel(Instant now) {
		requireScheduled("be cancelled");
		status = InterviewStatus.CANCELLED;
		sequence++;
		updatedAt = now;
	}

	/** The fields as a client would send them back (for PATCH). */
	InterviewFields fields() {
		return new InterviewFields(type, scheduledAt, durationMinutes, location, meetingUrl, interviewerName, status,
				feedback, rating);
	}

	private void schedule(InterviewFields fields) {
		this.type = fields.type();
		this.scheduledAt = fields.scheduledAt();
		this.durationMinutes = fields.durationMinutes();
		this.location = fields.location();
		this.meetingUrl = fields.meetingUrl();
		this.interviewerName = fields.interviewerName();
	}

	private boolean sameSchedule(InterviewFields fields) {
		return type == fields.type() && scheduledAt.equals(fields.scheduledAt())
				&& durationMinutes == fields.durationMinutes() && Objects.equals(location, fields.location())
				&& Objects.equals(meetingUrl, fields.meetingUrl())
				&& Objects.equals(interviewerName, fields.interviewerName());
	}

	private void requireScheduled(String move) {
		if (status != InterviewStatus.SCHEDULED) {
			throw invalid(move);
		}
	}

	private ApiProblem invalid(String move) {
		return ApiProblem.conflict("invalid_transition",
				"An interview that is " + status.value() + " cannot " + move + ".");
	}

	private static void requireFuture(Instant at, Instant now) {
		if (!at.isAfter(now)) {
			throw ApiProblem.invalid("scheduled_at", "Must lie in the future.");
		}
	}

	// @formatter:off
	UUID id() { return id; }
	UUID applicationId() { return applicationId; }
	InterviewType type() { return type; }
	InterviewStatus status() { return status; }
	Instant scheduledAt() { return scheduledAt; }
	int durationMinutes() { return durationMinutes; }
	@Nullable String location() { return location; }
	@Nullable String meetingUrl() { return meetingUrl; }
	@Nullable String interviewerName() { return interviewerName; }
	@Nullable String feedback() { return feedback; }
	@Nullable Integer rating() { return rating; }
	int sequence() { return sequence; }
	Instant createdAt() { return createdAt; }
	Instant updatedAt() { return updatedAt; }
	// @formatter:on

	@Override
	public UUID getId() {
		return this.id;
	}

}
