package io.openhire.notifications;

import io.openhire.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/v1/admin/outbox}: admins only, newest first, filtered by status. */
@ApiTest
class OutboxEndpointTests {

	private static final String OUTBOX = "/api/v1/admin/outbox";

	@Autowired
	MockMvcTester mvc;

	@Test
	void anonymousCallerMustSignIn() {
		MvcTestResult result = mvc.get().uri(OUTBOX).exchange();

		assertThat(result).hasStatus(401);
		assertThat(result).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).headers().containsHeader("WWW-Authenticate");
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("unauthorized");
	}

}
