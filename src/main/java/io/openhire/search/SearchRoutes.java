package io.openhire.search;

import io.openhire.shared.RouteAuthorization;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * {@code POST /jobs/advanced-search} is a public read: it comes before the jobs module's
 * rule that every {@code POST /jobs/**} needs an employer or admin.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchRoutes implements RouteAuthorization {

	@Override
	public void configure(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers(HttpMethod.POST, "/api/v1/jobs/advanced-search").permitAll();
	}

}
