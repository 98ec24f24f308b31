package io.openhire.platform.idempotency;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.openhire.TestEndpoints;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replays still pass the rate limit, request ids and the body size limit. The same
 * configuration as {@code RateLimitTests}, so the two share one application context.
 */
@SpringBootTest(properties = { "openhire.rate-limit.enabled=true", "openhire.rate-limit.auth-per-minute=3",
		"openhire.rate-limit.anonymous-per-minute=5", "openhire.rate-limit.user-per-minute=7" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestEndpoints.class)
class IdempotencyWithOtherFiltersTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void replaysCountAgainstTheRateLimitAndKeepTheirRequestId() {
		String ip = "10.9." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256);
		String key = UUID.randomUUID().toString();

		MvcTestResult first = order(ip, key, "first-request");
		MvcTestResult replay = order(ip, key, "second-request");

		assertThat(first).hasStatus(201)
			.hasHeader("X-RateLimit-Remaining", "4")
			.hasHeader("X-Request-Id", "first-request");
		assertThat(replay).hasStatus(201)
			.hasHeader(IdempotencyInterceptor.REPLAYED, "true")
			.hasHeader("X-RateLimit-Limit", "5")
			.hasHeader("X-RateLimit-Remaining", "3")
			.hasHeader("X-Request-Id", "second-request");
	}

	@Test
	void bodiesOverTheLimitAreRefusedAndNotClaimed() {
		String key = UUID.randomUUID().toString();
		String big = "{\"item\": \"" + "x".repeat(1_100_000) + "\"}";
		for (int i = 0; i < 2; i++) {
			assertThat(mvc.post()
				.uri("/api/v1/test/orders")
				.header(IdempotencyFilter.HEADER, key)
				.contentType(MediaType.APPLICATION_JSON)
				.content(big)
				.exchange()).hasStatus(413).headers().doesNotContainHeader(IdempotencyInterceptor.REPLAYED);
		}
	}

	private MvcTestResult order(String ip, String key, String requestId) {
		return mvc.post().uri("/api/v1/test/orders").with((request) -> {
			request.setRemoteAddr(ip);
			return request;
		})
			.header(IdempotencyFilter.HEADER, key)
			.header("X-Request-Id", requestId)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"item\": \"desk\"}")
			.exchange();
	}

}
