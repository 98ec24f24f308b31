package io.openhire.catalog;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import io.openhire.shared.AuditEvent;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Publishes the admins' changes to the catalog for the audit log. */
@Component
class CatalogAudit {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CatalogAudit(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param action such as {@code skill_created}
	 * @param entityType {@code skill}, {@code category}, {@code qualification} or
	 * {@code location}
	 */
	void record(UUID actorId, String action, String entityType, UUID entityId, Map<String, String> details) {
		String ip = null;
		String userAgent = null;
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			ip = request.getRemoteAddr();
			userAgent = request.getHeader("User-Agent");
			if (userAgent != null && userAgent.length() > 512) {
				userAgent = userAgent.substring(0, 512);
			}
		}
		events.publishEvent(new AuditEvent(actorId, action, entityType, entityId.toString(), ip, userAgent,
				clock.instant(), details));
	}

}
