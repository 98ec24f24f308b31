package io.openhire.shared;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Something the audit log must record: a security event (sign-in, failed sign-in, logout,
 * password change) or an admin action. Any module publishes it; the analytics module
 * keeps it, append-only.
 *
 * @param actorId who did it, {@code null} for an anonymous caller (e.g. a failed sign-in)
 * @param action what was done, a stable snake_case verb phrase such as
 * {@code login_succeeded}, {@code user_deactivated}
 * @param entityType the kind of thing acted on ({@code user}, {@code job}, ...)
 * @param entityId the id of the thing acted on, if any
 * @param ip the caller's IP address, if the action came through HTTP
 * @param userAgent the caller's {@code User-Agent}, if any
 * @param occurredAt when it happened
 * @param details a few more facts worth keeping (never passwords or tokens)
 */
public record AuditEvent(@Nullable UUID actorId, String action, String entityType, @Nullable String entityId,
		@Nullable String ip, @Nullable String userAgent, Instant occurredAt, Map<String, String> details) {

	/** Fails in the publisher's code, not later as a publication that keeps failing. */
	public AuditEvent {
		if (action == null || action.isBlank() || entityType == null || entityType.isBlank()) {
			throw new IllegalArgumentException("An audit event needs an action and an entity type");
		}
		if (occurredAt == null) {
			throw new IllegalArgumentException("An audit event needs a time");
		}
		details = (details == null) ? Map.of() : Map.copyOf(details);
	}

}
