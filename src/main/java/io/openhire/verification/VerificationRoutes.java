package io.openhire.verification;

import io.openhire.shared.RouteAuthorization;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Candidates and employers ask for verification; any signed-in user reads their own
 * requests (the admin queue is under /admin).
 */
@Component
class VerificationRoutes implements RouteAuthorization {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.POST, "/api/v1/verifications")
			.hasAnyRole("CANDIDATE", "EMPLOYER")
			.requestMatchers("/api/v1/verifications", "/api/v1/verifications/**")
			.authenticated();
	}

}
