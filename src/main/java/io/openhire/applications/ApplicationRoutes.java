package io.openhire.applications;

import io.openhire.shared.Role;
import io.openhire.shared.RouteAuthorization;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Applications, interviews and placements are for signed-in users only, and applying is
 * for candidates: checked before the body is read. The endpoints repeat the roles; the
 * services decide who sees and acts on which application.
 */
@Component
class ApplicationRoutes implements RouteAuthorization {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.POST, "/api/v1/applications").hasRole(Role.CANDIDATE.name());
		routes.requestMatchers(HttpMethod.DELETE, "/api/v1/applications/*").hasRole(Role.CANDIDATE.name());
		routes
			.requestMatchers("/api/v1/applications", "/api/v1/applications/**", "/api/v1/interviews/**",
					"/api/v1/placements", "/api/v1/placements/**")
			.authenticated();
	}

}
