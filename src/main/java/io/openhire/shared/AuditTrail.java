package io.openhire.shared;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records an {@link AuditEvent} for the audit log, with the IP address and user agent of
 * the request being served, if any. Every module audits through it.
 */
@Component
public class AuditTrail {

	private static final int MAX_USER_AGENT = 512;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AuditTrail(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	/**
	 * @param actorId who did it; {@code null} for an anonymous caller
	 * @param action a stable snake_case verb phrase, such as {@code company_updated}
	 * @param entityType what kind of thing was acted on, such as {@code company}
	 * @param entityId its id, if any
	 * @param details a few more facts (never passwords or tokens)
	 */
	public void record(@Nullable UUID actorId, String action, String entityType, @Nullable Object entityId,
			Map<String, String> details) {
		String ip = null;
		String userAgent = null;
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			ip = request.getRemoteAddr();
			userAgent = request.getHeader("User-Agent");
			if (userAgent != null && userAgent.length() > MAX_USER_AGENT) {
				userAgent = userAgent.substring(0, MAX_USER_AGENT);
			}
		}
		events.publishEvent(new AuditEvent(actorId, action, entityType, (entityId != null) ? entityId.toString() : null,
				ip, userAgent, clock.instant(), details));
	}

}
