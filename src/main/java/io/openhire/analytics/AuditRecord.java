package io.openhire.analytics;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.openhire.shared.AssignedIdEntity;
import io.openhire.shared.AuditEvent;
import io.openhire.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One row of the audit log: an {@link AuditEvent} as it was recorded. Never changed once
 * written.
 * <p>
 * Values are cut to their column's length instead of being refused: the user agent and
 * some ids come from callers, and a security event must be kept even when a client sends
 * something oversized (a refused insert would fail again at every retry, and the event
 * would never be recorded).
 */
@Entity
@Immutable
@Table(name = "audit_log")
class AuditRecord extends AssignedIdEntity<UUID> {

	static final int ACTION_LENGTH = 100;

	static final int ENTITY_TYPE_LENGTH = 50;

	static final int ENTITY_ID_LENGTH = 100;

	static final int IP_LENGTH = 45;

	static final int USER_AGENT_LENGTH = 512;

	@Id
	private UUID id;

	private @Nullable UUID actorId;

	private String action;

	private String entityType;

	private @Nullable String entityId;

	private @Nullable String ip;

	private @Nullable String userAgent;

	private Instant occurredAt;

	private String details;

	protected AuditRecord() {
		// for JPA
	}

	AuditRecord(AuditEvent event) {
		this.id = Ids.newId();
		this.actorId = event.actorId();
		this.action = ColumnText.fit(event.action(), ACTION_LENGTH);
		this.entityType = ColumnText.fit(event.entityType(), ENTITY_TYPE_LENGTH);
		this.entityId = ColumnText.fitNullable(event.entityId(), ENTITY_ID_LENGTH);
		this.ip = ColumnText.fitNullable(event.ip(), IP_LENGTH);
		this.userAgent = ColumnText.fitNullable(event.userAgent(), USER_AGENT_LENGTH);
		this.occurredAt = event.occurredAt().truncatedTo(ChronoUnit.MICROS);
		this.details = AuditDetails.toJson(event.details());
	}

	AuditLogEntry toEntry() {
		return new AuditLogEntry(id, actorId, action, entityType, entityId, ip, userAgent, occurredAt,
				AuditDetails.fromJson(details));
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
