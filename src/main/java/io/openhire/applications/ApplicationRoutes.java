package io.openhire.applications;

import io.openhire.shared.Role;
import io.openhire.shared.RouteAuthorization;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Applications, interviews and placements are for signed-in users only; applying and
 * withdrawing are for candidates, moving and editing applications for candidates and
 * employers, interviews and placements are changed by employers. Admins read everything
 * but act on nothing: 403 here, before the body is read, so the answer does not depend on
 * the body. The endpoints repeat the roles; the services decide who sees and acts on
 * which application (404 for what the caller may not see).
 */
@Component
class ApplicationRoutes implements RouteAuthorization {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		String candidate = Role.CANDIDATE.name();
		String employer = Role.EMPLOYER.name();
		routes.requestMatchers(HttpMethod.POST, "/api/v1/applications").hasRole(candidate);
		routes.requestMatchers(HttpMethod.DELETE, "/api/v1/applications/*").hasRole(candidate);
		routes.requestMatchers(HttpMethod.PATCH, "/api/v1/applications/*").hasAnyRole(candidate, employer);
		routes.requestMatchers(HttpMethod.POST, "/api/v1/applications/*/transitions").hasAnyRole(candidate, employer);
		routes.requestMatchers(HttpMethod.POST, "/api/v1/applications/*/interviews").hasRole(employer);
		routes.requestMatchers(HttpMethod.PATCH, "/api/v1/interviews/*").hasRole(employer);
		routes.requestMatchers(HttpMethod.DELETE, "/api/v1/interviews/*").hasRole(employer);
		routes.requestMatchers(HttpMethod.PATCH, "/api/v1/placements/*").hasRole(employer);
		routes.requestMatchers(HttpMethod.POST, "/api/v1/placements/*/complete").hasRole(employer);
		routes
			.requestMatchers("/api/v1/applications", "/api/v1/applications/**", "/api/v1/interviews/**",
					"/api/v1/placements", "/api/v1/placements/**")
			.authenticated();
	}

}
