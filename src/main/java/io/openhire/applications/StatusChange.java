package io.openhire.applications;

import java.time.Instant;
import java.util.UUID;

import io.openhire.shared.AssignedIdEntity;
import io.openhire.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One entry of an application's history; never changed once written. */
@Entity
@Table(name = "application_status_changes")
class StatusChange extends AssignedIdEntity<UUID> {

	@Id
	private UUID id;

	private UUID applicationId;

	@Enumerated(EnumType.STRING)
	private @Nullable ApplicationStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private ApplicationStatus toStatus;

	private UUID changedBy;

	private @Nullable String reason;

	private @Nullable String note;

	private Instant changedAt;

	protected StatusChange() {
		// for JPA
	}

	StatusChange(UUID applicationId, @Nullable ApplicationStatus fromStatus, ApplicationStatus toStatus, UUID changedBy,
			@Nullable String reason, @Nullable String note, Instant changedAt) {
		this.id = Ids.newId();
		this.applicationId = applicationId;
		this.fromStatus = fromStatus;
		this.toStatus = toStatus;
		this.changedBy = changedBy;
		this.reason = reason;
		this.note = note;
		this.changedAt = changedAt;
	}

	// @formatter:off
	UUID id() { return id; }
	UUID applicationId() { return applicationId; }
	@Nullable ApplicationStatus fromStatus() { return fromStatus; }
	ApplicationStatus toStatus() { return toStatus; }
	UUID changedBy() { return changedBy; }
	@Nullable String reason() { return reason; }
	@Nullable String note() { return note; }
	Instant changedAt() { return changedAt; }
	// @formatter:on

	@Override
	public UUID getId() {
		return this.id;
	}

}
