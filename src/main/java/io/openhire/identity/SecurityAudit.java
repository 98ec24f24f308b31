package io.openhire.identity;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import io.openhire.shared.AuditEvent;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the identity module's security events and admin actions for the audit log.
 */
@Component
class SecurityAudit {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SecurityAudit(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	void record(@Nullable UUID actorId, String action, @Nullable UUID userId) {
		record(actorId, action, userId, Map.of());
	}

	void record(@Nullable UUID actorId, String action, @Nullable UUID userId, Map<String, String> details) {
		Caller caller = Caller.current();
		events.publishEvent(new AuditEvent(actorId, action, "user", (userId != null) ? userId.toString() : null,
				caller.ip(), caller.userAgent(), clock.instant(), details));
	}

}
