package io.openhire.identity;

import java.util.Map;
import java.util.UUID;

import io.openhire.shared.AuditTrail;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** The identity module's security events and admin actions, all about a user. */
@Component
class SecurityAudit {

	private final AuditTrail trail;

	SecurityAudit(AuditTrail trail) {
		this.trail = trail;
	}

	void record(@Nullable UUID actorId, String action, @Nullable UUID userId) {
		record(actorId, action, userId, Map.of());
	}

	void record(@Nullable UUID actorId, String action, @Nullable UUID userId, Map<String, String> details) {
		trail.record(actorId, action, "user", userId, details);
	}

}
