package io.openhire.platform.ratelimit;

import java.time.Instant;
import java.util.UUID;

import io.openhire.TestEndpoints;
import io.openhire.TestUsers;
import io.openhire.identity.UserAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The three rate-limit classes of API.md, their headers, and 429 with Retry-After. */
@SpringBootTest(properties = { "openhire.rate-limit.enabled=true", "openhire.rate-limit.auth-per-minute=3",
		"openhire.rate-limit.anonymous-per-minute=5", "openhire.rate-limit.user-per-minute=7" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestEndpoints.class)
class RateLimitTests {

	private static final String LIST = "/api/v1/test/probes?total=1";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JwtEncoder tokens;

	@Autowired
	UserAccounts accounts;

	@Test
	void anonymousCallsAreLimitedPerIp() {
		String ip = randomIp();
		for (int remaining = 4; remaining >= 0; remaining--) {
			MvcTestResult result = from(mvc.get().uri(LIST), ip).exchange();
			assertThat(result).hasStatusOk();
			assertThat(result).headers()
				.hasValue("X-RateLimit-Limit", "5")
				.hasValue("X-RateLimit-Remaining", String.valueOf(remaining));
			assertThat(Long.parseLong(result.getResponse().getHeader("X-RateLimit-Reset"))).isBetween(1L, 60L);
		}
		MvcTestResult refused = from(mvc.get().uri(LIST), ip).exchange();
		assertThat(refused).hasStatus(429);
		assertThat(refused).bodyJson().extractingPath("$.code").isEqualTo("rate_limited");
		assertThat(Long.parseLong(refused.getResponse().getHeader("Retry-After"))).isBetween(1L, 60L);
		assertThat(refused).headers().hasValue("X-RateLimit-Remaining", "0");

		assertThat(from(mvc.get().uri(LIST), randomIp()).exchange()).hasStatusOk();
	}

	@Test
	void authEndpointsHaveTheirOwnStricterBudget() {
		String ip = randomIp();
		for (int i = 0; i < 3; i++) {
			MvcTestResult result = from(mvc.post().uri("/api/v1/auth/login"), ip).exchange();
			assertThat(result).headers().hasValue("X-RateLimit-Limit", "3");
		}
		assertThat(from(mvc.post().uri("/api/v1/auth/login"), ip).exchange()).hasStatus(429);
		MvcTestResult other = from(mvc.get().uri(LIST), ip).exchange();
		assertThat(other).hasStatusOk();
		assertThat(other).headers().hasValue("X-RateLimit-Limit", "5");
	}

	@Test
	void signedInCallsAreLimitedPerUserWhateverTheirIp() {
		String token = token(newUser());
		for (int i = 0; i < 7; i++) {
			MvcTestResult result = from(mvc.get().uri(LIST), randomIp()).header("Authorization", "Bearer " + token)
				.exchange();
			assertThat(result).hasStatusOk();
			assertThat(result).headers().hasValue("X-RateLimit-Limit", "7");
		}
		assertThat(mvc.get().uri(LIST).header("Authorization", "Bearer " + token).exchange()).hasStatus(429);
		assertThat(mvc.get().uri(LIST).header("Authorization", "Bearer " + token(newUser())).exchange()).hasStatusOk();
	}

	@Test
	void healthAndDocsAreNotLimited() {
		MvcTestResult result = mvc.get().uri("/health").exchange();
		assertThat(result).headers().doesNotContainHeader("X-RateLimit-Limit");
	}

	private String token(UUID user) {
		Instant now = Instant.now();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer("openhire")
			.subject(user.toString())
			.id(UUID.randomUUID().toString())
			.issuedAt(now)
			.expiresAt(now.plusSeconds(300))
			.claim("role", "admin")
			.claim("sid", UUID.randomUUID().toString())
			.claim("ver", 0)
			.build();
		return tokens.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
	}

	/**
	 * A real account (tokens of unknown users are refused), made without the rate-limited
	 * API.
	 */
	private UUID newUser() {
		return accounts.createAdmin(TestUsers.uniqueEmail("limited"), TestUsers.PASSWORD);
	}

	private static MockMvcRequestBuilder from(MockMvcRequestBuilder request, String ip) {
		return request.with((servletRequest) -> {
			servletRequest.setRemoteAddr(ip);
			return servletRequest;
		});
	}

	private static String randomIp() {
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

}
