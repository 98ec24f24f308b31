package io.openhire.platform.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The three classes of API.md "Platform": anonymous calls to the sign-in endpoints (per
 * IP), other anonymous calls (per IP), and signed-in calls (per user).
 */
enum RateLimitClass {

	AUTH, ANONYMOUS, USER;

	private static final String AUTH_PATHS = "/api/v1/auth/";

	static RateLimitClass of(HttpServletRequest request, @Nullable Authentication authentication) {
		if (isSignedIn(authentication)) {
			return USER;
		}
		boolean authEndpoint = request.getRequestURI().startsWith(AUTH_PATHS) && "POST".equals(request.getMethod());
		return authEndpoint ? AUTH : ANONYMOUS;
	}

	/** Whose bucket a request draws from: the user for signed-in calls, else the IP. */
	String key(HttpServletRequest request, @Nullable Authentication authentication) {
		String subject = (this == USER && authentication != null) ? authentication.getName() : request.getRemoteAddr();
		return name().toLowerCase() + ":" + subject;
	}

	private static boolean isSignedIn(@Nullable Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

}
