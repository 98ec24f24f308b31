package io.openhire.applications;

import java.time.Instant;
import java.time.LocalDate;
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
 * The job a hired candidate holds, made when the application becomes hired. It starts
 * {@code active} (start date: the day of hiring, which the company may change); the
 * company ends it as {@code terminated}, or completes it with a rating: both are final.
 */
@Entity
@Table(name = "placements")
class Placement extends AssignedIdEntity<UUID> {

	@Id
	private UUID id;

	private UUID applicationId;

	private UUID jobId;

	private UUID companyId;

	private UUID candidateId;

	private @Nullable LocalDate startDate;

	private @Nullable LocalDate endDate;

	@Enumerated(EnumType.STRING)
	private PlacementStatus status;

	private @Nullable LocalDate completionDate;

	private @Nullable Integer rating;

	private @Nullable String feedback;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Placement() {
		// for JPA
	}

	Placement(Application hired, LocalDate startDate, Instant now) {
		this.id = Ids.newId();
		this.applicationId = hired.id();
		this.jobId = hired.jobId();
		this.companyId = hired.companyId();
		this.candidateId = hired.candidateId();
		this.startDate = startDate;
		this.status = PlacementStatus.ACTIVE;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** New dates and status; only an active placement changes, and only to terminated. */
	void change(@Nullable LocalDate start, @Nullable LocalDate end, PlacementStatus to, Instant now) {
		requireActive();
		if (to == PlacementStatus.COMPLETED) {
			throw ApiProblem.conflict("invalid_transition", "Complete a placement with POST .../complete.");
		}
		checkDates(start, end, "end_date");
		this.startDate = start;
		this.endDate = end;
		this.status = to;
		this.updatedAt = now;
	}

	void complete(LocalDate on, int rating, @Nullable String feedback, Instant now) {
		requireActive();
		checkDates(startDate, on, "completion_date");
		this.status = PlacementStatus.COMPLETED;
		this.completionDate = on;
		if (endDate == null) {
			endDate = on;
		}
		this.rating = rating;
		this.feedback = feedback;
		this.updatedAt = now;
	}

	private void requireActive() {
		if (status != PlacementStatus.ACTIVE) {
			throw ApiProblem.conflict("invalid_transition", "The placement is " + status.value() + ".");
		}
	}

	private static void checkDates(@Nullable LocalDate start, @Nullable LocalDate end, String field) {
		if (start != null && end != null && end.isBefore(start)) {
			throw ApiProblem.invalid(field, "Must not lie before start_date.");
		}
	}

	// @formatter:off
	UUID id() { return id; }
	UUID applicationId() { return applicationId; }
	UUID jobId() { return jobId; }
	UUID companyId() { return companyId; }
	UUID candidateId() { return candidateId; }
	@Nullable LocalDate startDate() { return startDate; }
	@Nullable LocalDate endDate() { return endDate; }
	PlacementStatus status() { return status; }
	@Nullable LocalDate completionDate() { return completionDate; }
	@Nullable Integer rating() { return rating; }
	@Nullable String feedback() { return feedback; }
	Instant createdAt() { return createdAt; }
	Instant updatedAt() { return updatedAt; }
	// @formatter:on

	@Override
	public UUID getId() {
		return this.id;
	}

}
