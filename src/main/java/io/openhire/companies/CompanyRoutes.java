package io.openhire.companies;

import io.openhire.shared.Role;
import io.openhire.shared.RouteAuthorization;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The company endpoints that need a signed-in employer or admin: every write, and the
 * member list. Checked before the body is read (so a candidate gets 403, not a 400 about
 * the body); the endpoints repeat the roles with {@code @PreAuthorize}, and the services
 * check ownership.
 */
@Component
class CompanyRoutes implements RouteAuthorization {

	private static final String EMPLOYER = Role.EMPLOYER.name();

	private static final String ADMIN = Role.ADMIN.name();

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		for (HttpMethod method : new HttpMethod[] { HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
				HttpMethod.DELETE }) {
			routes.requestMatchers(method, "/api/v1/companies", "/api/v1/companies/**").hasAnyRole(EMPLOYER, ADMIN);
		}
		routes.requestMatchers(HttpMethod.GET, "/api/v1/companies/*/members", "/api/v1/companies/*/members/**")
			.hasAnyRole(EMPLOYER, ADMIN);
	}

}
