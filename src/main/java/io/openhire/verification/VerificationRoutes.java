package io.openhire.verification;

import io.openhire.shared.RouteAuthorization;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Verification requests are for signed-in callers (the admin queue is under /admin). */
@Component
class VerificationRoutes implements RouteAuthorization {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/api/v1/verifications", "/api/v1/verifications/**").authenticated();
	}

}
