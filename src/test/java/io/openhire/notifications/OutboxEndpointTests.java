package io.openhire.notifications;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code GET /api/v1/admin/outbox}: admins only, newest first, filtered by status. */
@ApiTest
class OutboxEndpointTests {

	private static final String OUTBOX = "/api/v1/admin/outbox";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	MailOutbox outbox;

	@Test
	void anonymousCallerMustSignIn() {
		MvcTestResult result = mvc.get().uri(OUTBOX).exchange();

		assertThat(result).hasStatus(401);
		assertThat(result).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).headers().containsHeader("WWW-Authenticate");
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("unauthorized");
	}

	@Test
	void candidatesAndEmployersMayNotReadIt() {
		for (SignedIn user : List.of(users.candidate(), users.employer())) {
			MvcTestResult result = Api.get(mvc, OUTBOX, user.bearer());
			assertThat(result).hasStatus(403);
			assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("forbidden");
		}
	}

	@Test
	void adminReadsHeldMailsNewestFirstWithTheirText() {
		SignedIn admin = users.admin();
		String to = "user-" + UUID.randomUUID() + "@example.com";
		UUID older = outbox.enqueue(new OutgoingMail(to, "First", "Text one", null));
		UUID newer = outbox.enqueue(new OutgoingMail(to, "Second", "Text two", "<p>Two</p>"));

		MvcTestResult result = Api.get(mvc, OUTBOX + "?status=held&page_size=100", admin.bearer());

		assertThat(result).hasStatusOk();
		List<String> ids = Api.read(result, "$.results[*].id");
		assertThat(ids).contains(older.toString(), newer.toString());
		assertThat(ids.indexOf(newer.toString())).isLessThan(ids.indexOf(older.toString()));
		assertThat(Api.<Integer>read(result, "$.count")).isGreaterThanOrEqualTo(2);
		Map<String, Object> item = Api.<List<Map<String, Object>>>read(result, "$.results[?(@.id == '" + newer + "')]")
			.get(0);
		assertThat(item).containsEntry("to", to)
			.containsEntry("subject", "Second")
			.containsEntry("status", "held")
			.containsEntry("attempts", 0)
			.containsEntry("sent_at", null)
			.containsEntry("last_error", null)
			.containsEntry("text", "Text two")
			.containsKey("created_at")
			.doesNotContainKeys("html", "html_body");
		assertThat((String) item.get("created_at")).endsWith("Z");
	}

	@Test
	void registrationMailIsReadableWithItsToken() {
		SignedIn admin = users.admin();
		SignedIn candidate = users.candidate();

		String text = await().atMost(Duration.ofSeconds(10)).until(() -> {
			MvcTestResult result = Api.get(mvc, OUTBOX + "?status=held&page_size=100", admin.bearer());
			List<String> texts = Api.read(result, "$.results[?(@.to == '" + candidate.email() + "')].text");
			return texts.isEmpty() ? null : texts.get(0);
		}, (found) -> found != null);
		assertThat(text).contains("/verify-email?token=");
	}

	@Test
	void filterKeepsOnlyThatStatus() {
		SignedIn admin = users.admin();
		outbox.enqueue(new OutgoingMail("user-" + UUID.randomUUID() + "@example.com", "Held", "Text", null));

		MvcTestResult held = Api.get(mvc, OUTBOX + "?status=held", admin.bearer());
		assertThat(Api.<List<String>>read(held, "$.results[*].status")).isNotEmpty().containsOnly("held");
		MvcTestResult sent = Api.get(mvc, OUTBOX + "?status=sent", admin.bearer());
		assertThat(sent).hasStatusOk();
		assertThat(Api.<List<String>>read(sent, "$.results[*].status")).doesNotContain("held");
		MvcTestResult all = Api.get(mvc, OUTBOX + "?page_size=1", admin.bearer());
		assertThat(Api.<Integer>read(all, "$.count")).isGreaterThanOrEqualTo(Api.<Integer>read(held, "$.count"));
		assertThat(Api.<String>read(all, "$.next")).contains("page=2");
	}

	@Test
	void unknownStatusIsRejected() {
		MvcTestResult result = Api.get(mvc, OUTBOX + "?status=queued", users.admin().bearer());

		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("validation_failed");
		assertThat(result).bodyJson()
			.extractingPath("$.errors.status[0]")
			.isEqualTo("Must be one of held, pending, sent, failed.");
	}

}
