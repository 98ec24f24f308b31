package io.openhire.platform.security;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import io.openhire.platform.web.ProblemCodes;
import io.openhire.platform.web.ProblemResponses;
import io.openhire.shared.RouteAuthorization;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The HTTP security of the API: stateless bearer-token (JWT) authentication, CORS from
 * {@code OPENHIRE_CORS_ORIGINS}, security headers, and problem+json for 401 and 403.
 * <p>
 * Who may call an endpoint: path rules that modules contribute
 * ({@link RouteAuthorization}) and {@code /api/v1/admin/**} for admins are checked first,
 * before any body is read; the endpoints add method security ({@code @PreAuthorize}) next
 * to the code they guard. Other paths pass, so a path that does not exist answers 404,
 * not 401. The authorization matrix test checks every endpoint against every role.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
@EnableConfigurationProperties(CorsSettings.class)
class SecurityConfiguration {

	static final List<String> EXPOSED_HEADERS = List.of("X-Request-Id", "X-RateLimit-Limit", "X-RateLimit-Remaining",
			"X-RateLimit-Reset", "Retry-After", "Location", "WWW-Authenticate");

	@Bean
	SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, List<RouteAuthorization> moduleRoutes)
			throws Exception {
		BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
		http.csrf(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.cors((cors) -> {
			})
			.headers((headers) -> headers.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.httpStrictTransportSecurity(
						(hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(Duration.ofDays(365).toSeconds())))
			.authorizeHttpRequests((routes) -> {
				moduleRoutes.forEach((rules) -> rules.configure(routes));
				routes.requestMatchers("/api/v1/admin/**").hasRole("ADMIN").anyRequest().permitAll();
			})
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt((jwt) -> {
			}).authenticationEntryPoint((request, response, ex) -> {
				bearer.commence(request, response, ex);
				unauthorized(problems, request, response, ex);
			}).accessDeniedHandler(forbidden(problems)))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint((request, response, ex) -> {
				bearer.commence(request, response, ex);
				unauthorized(problems, request, response, ex);
			}).accessDeniedHandler(forbidden(problems)));
		return http.build();
	}

	/**
	 * No spans or timers of the filter chain, authentication and authorization: the
	 * request's own timer (http.server.requests) covers them, and wrapping each filter in
	 * an observation cost about 3 % of an application's CPU (JFR, applying at 100,000
	 * jobs).
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(CorsSettings settings) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(settings.origins());
		cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
		cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "Idempotency-Key", "X-Request-Id"));
		cors.setExposedHeaders(EXPOSED_HEADERS);
		cors.setMaxAge(Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/**", cors);
		return source;
	}

	private static void unauthorized(ProblemResponses problems, HttpServletRequest request,
			HttpServletResponse response, AuthenticationException ex) throws IOException {
		String detail = (request.getHeader("Authorization") != null)
				? "The access token is missing, invalid, expired or revoked." : "Sign in to do this.";
		problems.write(request, response, ProblemCodes.problem(HttpStatus.UNAUTHORIZED, detail));
	}

	private static AccessDeniedHandler forbidden(ProblemResponses problems) {
		return (request, response, ex) -> problems.write(request, response,
				ProblemCodes.problem(HttpStatus.FORBIDDEN, "You may not do this."));
	}

}
