package io.openhire.shared;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Path rules a module adds to the HTTP security chain, checked before the request body is
 * read: an anonymous call to a signed-in-only endpoint gets 401 even with a bad body.
 * Finer rules (roles, ownership) stay on the endpoints, with method security and in the
 * services. The platform adds {@code /api/v1/admin/**} → admins, then lets the rest pass.
 */
public interface RouteAuthorization {

	void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes);

}
