package io.openhire.jobs;

import io.openhire.shared.Role;
import io.openhire.shared.RouteAuthorization;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Every job write needs a signed-in employer or admin, publishing an employer, saving a
 * candidate (and exporting an employer or admin): checked before the body is read, so a
 * candidate gets 403 and an anonymous caller 401 whatever the body. The endpoints repeat
 * the roles; the service checks company membership.
 */
@Component
class JobRoutes implements RouteAuthorization {

	private static final String EMPLOYER = Role.EMPLOYER.name();

	private static final String ADMIN = Role.ADMIN.name();

	private static final String CANDIDATE = Role.CANDIDATE.name();

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.POST, "/api/v1/jobs/*/publish").hasRole(EMPLOYER);
		routes.requestMatchers(HttpMethod.PUT, "/api/v1/jobs/*/save").hasRole(CANDIDATE);
		routes.requestMatchers(HttpMethod.DELETE, "/api/v1/jobs/*/save").hasRole(CANDIDATE);
		routes.requestMatchers(HttpMethod.GET, "/api/v1/saved-jobs").hasRole(CANDIDATE);
		routes.requestMatchers(HttpMethod.GET, "/api/v1/jobs/export").hasAnyRole(EMPLOYER, ADMIN);
		for (HttpMethod method : new HttpMethod[] { HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
				HttpMethod.DELETE }) {
			routes.requestMatchers(method, "/api/v1/jobs", "/api/v1/jobs/**").hasAnyRole(EMPLOYER, ADMIN);
		}
	}

}
