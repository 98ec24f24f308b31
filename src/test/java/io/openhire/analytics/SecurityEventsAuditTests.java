package io.openhire.analytics;

import java.time.Duration;

import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End to end: what callers do through the API reaches the audit log through the events
 * the identity module publishes, and admins find it there.
 */
@ApiTest
class SecurityEventsAuditTests {

	private static final String AUDIT_LOG = "/api/v1/admin/audit-log";

	private static final Duration DEADLINE = Duration.ofSeconds(10);

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Test
	void aFailedSignInIsRecordedWithTheCallersAgent() {
		SignedIn candidate = users.candidate();
		MvcTestResult refused = mvc.post()
			.uri("/api/v1/auth/login")
			.header(HttpHeaders.USER_AGENT, "Intruder/0.1")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"%s\", \"password\": \"Wrong-Password-123\"}".formatted(candidate.email()))
			.exchange();
		assertThat(refused).hasStatus(401);
		String admin = users.admin().bearer();
		String query = AUDIT_LOG + "?action=login_failed&entity_type=user&entity_id=" + candidate.id();
		await().atMost(DEADLINE)
			.untilAsserted(() -> assertThat(get(query, admin)).bodyJson().extractingPath("$.count").isEqualTo(1));
		MvcTestResult result = get(query, admin);
		assertThat(result).bodyJson().extractingPath("$.results[0].user_agent").isEqualTo("Intruder/0.1");
		assertThat(result).bodyJson().extractingPath("$.results[0].ip").isNotNull();
	}

	@Test
	void aSignInIsRecordedUnderItsActor() {
		SignedIn employer = users.employer();
		users.login(employer.email(), employer.password());
		String admin = users.admin().bearer();
		String query = AUDIT_LOG + "?actor=" + employer.id() + "&action=login_succeeded";
		await().atMost(DEADLINE)
			.untilAsserted(() -> assertThat(get(query, admin)).bodyJson()
				.extractingPath("$.results[0].entity_id")
				.isEqualTo(employer.id().toString()));
	}

	private MvcTestResult get(String uri, String bearer) {
		return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).exchange();
	}

}
