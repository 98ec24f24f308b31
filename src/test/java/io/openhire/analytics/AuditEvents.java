package io.openhire.analytics;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.openhire.shared.AuditEvent;
import org.jspecify.annotations.Nullable;

/**
 * Audit events for tests. Every test shares one database (and, in CI's second pass, a
 * PostgreSQL database with every other test), so each event gets a unique action and
 * entity id that tests filter by instead of assuming an empty log.
 */
final class AuditEvents {

	private @Nullable UUID actorId = UUID.randomUUID();

	private String action = uniqueAction();

	private String entityType = "user";

	private @Nullable String entityId = UUID.randomUUID().toString();

	private @Nullable String ip = "203.0.113.7";

	private @Nullable String userAgent = "AuditLogTests/1.0";

	private Instant occurredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);

	private final Map<String, String> details = new HashMap<>();

	static AuditEvents event() {
		return new AuditEvents();
	}

	/**
	 * An action no other test uses, so filtering by it finds exactly what one test made.
	 */
	static String uniqueAction() {
		return "test_" + UUID.randomUUID().toString().replace("-", "");
	}

	AuditEvents actor(@Nullable UUID actorId) {
		this.actorId = actorId;
		return this;
	}

	AuditEvents action(String action) {
		this.action = action;
		return this;
	}

	AuditEvents entity(String entityType, @Nullable String entityId) {
		this.entityType = entityType;
		this.entityId = entityId;
		return this;
	}

	AuditEvents from(@Nullable String ip, @Nullable String userAgent) {
		this.ip = ip;
		this.userAgent = userAgent;
		return this;
	}

	AuditEvents at(Instant occurredAt) {
		this.occurredAt = occurredAt;
		return this;
	}

	AuditEvents detail(String key, String value) {
		this.details.put(key, value);
		return this;
	}

	AuditEvent build() {
		return new AuditEvent(actorId, action, entityType, entityId, ip, userAgent, occurredAt, Map.copyOf(details));
	}

}
