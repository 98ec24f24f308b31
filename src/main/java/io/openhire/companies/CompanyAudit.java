package io.openhire.companies;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import io.openhire.shared.AuditEvent;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Publishes what the audit log keeps of companies: every admin action on a company or its
 * members, and every deletion of a company, whoever did it.
 */
@Component
class CompanyAudit {

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CompanyAudit(ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	void record(UUID actorId, String action, UUID companyId, Map<String, String> details) {
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
		events.publishEvent(new AuditEvent(actorId, action, "company", companyId.toString(), ip, userAgent,
				clock.instant(), details));
	}

}
