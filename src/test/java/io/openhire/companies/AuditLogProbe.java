package io.openhire.companies;

import java.time.Duration;
import java.util.UUID;

import io.openhire.Api;
import io.openhire.TestUsers;

import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Finds what the companies module published in the audit log, through the admin API (the
 * log is written asynchronously, after commit).
 */
final class AuditLogProbe {

	private static final Duration DEADLINE = Duration.ofSeconds(10);

	private AuditLogProbe() {
	}

	static void expect(MockMvcTester mvc, TestUsers users, String action, UUID companyId, UUID actorId) {
		String admin = users.admin().bearer();
		String query = "/api/v1/admin/audit-log?entity_type=company&action=" + action + "&entity_id=" + companyId
				+ "&actor=" + actorId;
		await().atMost(DEADLINE)
			.untilAsserted(
					() -> assertThat(Api.get(mvc, query, admin)).bodyJson().extractingPath("$.count").isEqualTo(1));
	}

}
