package io.openhire.profiles;

import io.openhire.shared.RouteAuthorization;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may reach the profile endpoints, checked before the body is read. Own profiles by
 * role, the candidate list for employers and admins, a profile by id for anyone signed in
 * (the service then answers 404 to those its visibility excludes).
 */
@Component
class ProfileRoutes implements RouteAuthorization {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/api/v1/candidates/me", "/api/v1/candidates/me/**")
			.hasRole("CANDIDATE")
			.requestMatchers("/api/v1/employers/me", "/api/v1/employers/me/**")
			.hasRole("EMPLOYER")
			.requestMatchers(HttpMethod.GET, "/api/v1/candidates")
			.hasAnyRole("EMPLOYER", "ADMIN")
			.requestMatchers("/api/v1/candidates/*")
			.authenticated();
	}

}
