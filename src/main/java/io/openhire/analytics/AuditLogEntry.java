package io.openhire.analytics;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One recorded audit event, as {@link AuditLog} answers it and
 * {@code GET /api/v1/admin/audit-log} lists it.
 *
 * @param id the id of the record (not of the event's subject)
 * @param actorId who did it, {@code null} for an anonymous caller
 * @param action what was done, such as {@code login_failed}
 * @param entityType the kind of thing acted on
 * @param entityId the id of the thing acted on, if any
 * @param ip the caller's IP address, if known
 * @param userAgent the caller's {@code User-Agent}, if known
 * @param occurredAt when it happened
 * @param details the event's further facts
 * @see io.openhire.shared.AuditEvent
 */
public record AuditLogEntry(UUID id, @Nullable UUID actorId, String action, String entityType,
		@Nullable String entityId, @Nullable String ip, @Nullable String userAgent, Instant occurredAt,
		Map<String, String> details) {

}
