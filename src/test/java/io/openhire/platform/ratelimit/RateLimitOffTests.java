package io.openhire.platform.ratelimit;

import io.openhire.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code OPENHIRE_RATE_LIMIT_ENABLED=false} (as in the test profile) turns limits off.
 */
@ApiTest
class RateLimitOffTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void noBudgetIsKeptOrReported() {
		for (int i = 0; i < 3; i++) {
			assertThat(mvc.get().uri("/api/v1/test/probes?total=1").exchange()).hasStatusOk()
				.headers()
				.doesNotContainHeader("X-RateLimit-Limit");
		}
	}

}
