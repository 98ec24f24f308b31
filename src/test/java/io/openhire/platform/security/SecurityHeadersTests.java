package io.openhire.platform.security;

import io.openhire.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Security headers on every response, HSTS behind HTTPS, CORS from configuration. */
@ApiTest
class SecurityHeadersTests {

	private static final String ALLOWED = "https://app.example.com";

	@Autowired
	MockMvcTester mvc;

	@Test
	void everyResponseHasTheSecurityHeaders() {
		MvcTestResult result = mvc.get().uri("/health").exchange();
		assertThat(result).headers()
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("Referrer-Policy", "no-referrer")
			.doesNotContainHeader("Strict-Transport-Security");
	}

	@Test
	void errorsHaveThemToo() {
		assertThat(mvc.get().uri("/api/v1/missing").exchange()).headers().hasValue("X-Content-Type-Options", "nosniff");
	}

	@Test
	void httpsResponsesAddStrictTransportSecurity() {
		MvcTestResult result = mvc.get().uri("https://localhost/health").exchange();
		assertThat(result.getResponse().getHeader("Strict-Transport-Security")).contains("max-age=31536000")
			.contains("includeSubDomains");
	}

	@Test
	void configuredOriginMayCallTheApi() {
		MvcTestResult preflight = mvc.options()
			.uri("/api/v1/test/probes")
			.header("Origin", ALLOWED)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "Authorization, Content-Type")
			.exchange();
		assertThat(preflight).hasStatusOk();
		assertThat(preflight).headers().hasValue("Access-Control-Allow-Origin", ALLOWED);
		MvcTestResult call = mvc.get().uri("/health").header("Origin", ALLOWED).exchange();
		assertThat(call.getResponse().getHeader("Access-Control-Expose-Headers")).contains("X-Request-Id")
			.contains("X-RateLimit-Remaining");
	}

	@Test
	void otherOriginsAreRefused() {
		MvcTestResult preflight = mvc.options()
			.uri("/api/v1/test/probes")
			.header("Origin", "https://evil.example")
			.header("Access-Control-Request-Method", "POST")
			.exchange();
		assertThat(preflight).hasStatus(403);
		assertThat(preflight).headers().doesNotContainHeader("Access-Control-Allow-Origin");
	}

	@Test
	void invalidBearerTokenIsUnauthorizedProblem() {
		MvcTestResult result = mvc.get().uri("/health").header("Authorization", "Bearer not-a-jwt").exchange();
		assertThat(result).hasStatus(401);
		assertThat(result).headers().containsHeader("WWW-Authenticate");
		assertThat(result.getResponse().getHeader("WWW-Authenticate")).startsWith("Bearer");
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("unauthorized");
	}

}
