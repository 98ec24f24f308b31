package io.openhire.catalog;

import io.openhire.shared.RouteAuthorization;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Catalog lists are public, changes are for admins: decided on the path, before any body
 * is read, so an anonymous POST answers 401 even with a bad body. The endpoints say the
 * same with method security.
 */
@Component
class CatalogRoutes implements RouteAuthorization {

	private static final String[] PATHS = { "/api/v1/skills", "/api/v1/skills/**", "/api/v1/categories",
			"/api/v1/categories/**", "/api/v1/qualifications", "/api/v1/qualifications/**", "/api/v1/locations",
			"/api/v1/locations/**" };

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		for (HttpMethod method : new HttpMethod[] { HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
				HttpMethod.DELETE }) {
			routes.requestMatchers(method, PATHS).hasRole("ADMIN");
		}
	}

}
