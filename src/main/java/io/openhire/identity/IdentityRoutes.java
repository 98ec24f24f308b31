package io.openhire.identity;

import io.openhire.shared.RouteAuthorization;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** The identity endpoints that need a signed-in caller. */
@Component
class IdentityRoutes implements RouteAuthorization {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/api/v1/auth/me", "/api/v1/auth/me/**")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/api/v1/auth/logout", "/api/v1/auth/password/change",
					"/api/v1/auth/verify-email/resend")
			.authenticated();
	}

}
