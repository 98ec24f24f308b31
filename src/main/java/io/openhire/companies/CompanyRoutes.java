package io.openhire.companies;

import io.openhire.shared.RouteAuthorization;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The company endpoints that need a signed-in caller: every write, and the member list.
 * Roles and ownership are checked on the endpoints and in the services.
 */
@Component
class CompanyRoutes implements RouteAuthorization {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		for (HttpMethod method : new HttpMethod[] { HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
				HttpMethod.DELETE }) {
			routes.requestMatchers(method, "/api/v1/companies", "/api/v1/companies/**").authenticated();
		}
		routes.requestMatchers(HttpMethod.GET, "/api/v1/companies/*/members", "/api/v1/companies/*/members/**")
			.authenticated();
	}

}
