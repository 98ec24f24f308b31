package io.openhire.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Where the current request comes from, for the audit log. */
record Caller(@Nullable String ip, @Nullable String userAgent) {

	static Caller current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			String agent = request.getHeader("User-Agent");
			return new Caller(request.getRemoteAddr(),
					(agent != null && agent.length() > 512) ? agent.substring(0, 512) : agent);
		}
		return new Caller(null, null);
	}

}
