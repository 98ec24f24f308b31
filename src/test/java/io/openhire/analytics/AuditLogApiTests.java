package io.openhire.analytics;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import io.openhire.shared.AuditEvent;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/admin/audit-log} through HTTP, with real security and real tokens,
 * over records stored directly with unique values.
 */
@ApiTest
class AuditLogApiTests {

	private static final String AUDIT_LOG = "/api/v1/admin/audit-log";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuditRecords records;

	@Autowired
	TestUsers users;

	/** One admin for the whole class: signing in costs a password hash. */
	private static @Nullable SignedIn admin;

	@Test
	void anonymousCallersMustSignIn() {
		MvcTestResult result = mvc.get().uri(AUDIT_LOG).exchange();
		assertProblem(result, 401, "unauthorized");
		assertThat(result).headers()
			.hasHeaderSatisfying(HttpHeaders.WWW_AUTHENTICATE,
					(values) -> assertThat(values).singleElement(InstanceOfAssertFactories.STRING)
						.startsWith("Bearer"));
	}

	@Test
	void anonymousCallersLearnNothingFromInvalidFilters() {
		assertProblem(mvc.get().uri(AUDIT_LOG + "?actor=nobody").exchange(), 401, "unauthorized");
	}

	@Test
	void candidatesAndEmployersMayNotReadIt() {
		for (SignedIn user : new SignedIn[] { users.candidate(), users.employer() }) {
			MvcTestResult result = mvc.get().uri(AUDIT_LOG).header(HttpHeaders.AUTHORIZATION, user.bearer()).exchange();
			assertProblem(result, 403, "forbidden");
		}
	}

	@Test
	void adminSeesEveryFieldOfAnEntry() {
		AuditEvent event = store(AuditEvents.event().detail("reason", "bad_password"));
		MvcTestResult result = asAdmin(AUDIT_LOG + "?action=" + event.action());
		assertThat(result).hasStatusOk();
		assertThat(result).contentType().isCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.count").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.next").isNull();
		assertThat(result).bodyJson().extractingPath("$.previous").isNull();
		assertThat(result).bodyJson().extractingPath("$.results[0].id").asString().hasSize(36);
		assertThat(result).bodyJson().extractingPath("$.results[0].actor_id").isEqualTo(event.actorId().toString());
		assertThat(result).bodyJson().extractingPath("$.results[0].action").isEqualTo(event.action());
		assertThat(result).bodyJson().extractingPath("$.results[0].entity_type").isEqualTo("user");
		assertThat(result).bodyJson().extractingPath("$.results[0].entity_id").isEqualTo(event.entityId());
		assertThat(result).bodyJson().extractingPath("$.results[0].ip").isEqualTo("203.0.113.7");
		assertThat(result).bodyJson().extractingPath("$.results[0].user_agent").isEqualTo("AuditLogTests/1.0");
		assertThat(result).bodyJson()
			.extractingPath("$.results[0].occurred_at")
			.isEqualTo(event.occurredAt().toString());
		assertThat(result).bodyJson().extractingPath("$.results[0].details.reason").isEqualTo("bad_password");
	}

	@Test
	void anonymousActorAndMissingValuesAreNull() {
		AuditEvent event = store(AuditEvents.event().actor(null).entity("session", null).from(null, null));
		MvcTestResult result = asAdmin(AUDIT_LOG + "?action=" + event.action());
		assertThat(result).bodyJson().extractingPath("$.results[0].actor_id").isNull();
		assertThat(result).bodyJson().extractingPath("$.results[0].entity_id").isNull();
		assertThat(result).bodyJson().extractingPath("$.results[0].ip").isNull();
		assertThat(result).bodyJson().extractingPath("$.results[0].user_agent").isNull();
		assertThat(result).bodyJson().extractingPath("$.results[0].details").isEqualTo(Map.of());
	}

	@Test
	void filtersCombineThroughHttp() {
		UUID actor = UUID.randomUUID();
		String entity = UUID.randomUUID().toString();
		Instant at = Instant.parse("2026-03-01T10:00:00.123456Z");
		AuditEvent match = store(AuditEvents.event().actor(actor).entity("job", entity).at(at));
		store(AuditEvents.event().actor(actor).entity("job", entity).at(at.plus(1, ChronoUnit.DAYS)));
		store(AuditEvents.event().actor(actor).entity("user", entity).at(at));
		MvcTestResult result = asAdmin(AUDIT_LOG + "?actor=" + actor + "&entity_type=job&entity_id=" + entity
				+ "&from=2026-03-01T00:00:00Z&to=2026-03-01T23:59:59Z");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.count").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.results[0].action").isEqualTo(match.action());
		assertThat(result).bodyJson().extractingPath("$.results[0].occurred_at").isEqualTo(at.toString());
	}

	@Test
	void pagesLinkToTheirNeighbours() {
		String action = AuditEvents.uniqueAction();
		Instant now = Instant.now();
		for (int seconds = 1; seconds <= 3; seconds++) {
			store(AuditEvents.event().action(action).at(now.minusSeconds(seconds)));
		}
		MvcTestResult first = asAdmin(AUDIT_LOG + "?action=" + action + "&page_size=2");
		assertThat(first).bodyJson().extractingPath("$.count").isEqualTo(3);
		assertThat(first).bodyJson().extractingPath("$.results").asArray().hasSize(2);
		assertThat(first).bodyJson()
			.extractingPath("$.next")
			.isEqualTo("http://localhost" + AUDIT_LOG + "?action=" + action + "&page_size=2&page=2");
		assertThat(first).bodyJson().extractingPath("$.previous").isNull();
		MvcTestResult second = asAdmin(AUDIT_LOG + "?action=" + action + "&page_size=2&page=2");
		assertThat(second).bodyJson().extractingPath("$.results").asArray().hasSize(1);
		assertThat(second).bodyJson().extractingPath("$.next").isNull();
		assertThat(second).bodyJson()
			.extractingPath("$.previous")
			.isEqualTo("http://localhost" + AUDIT_LOG + "?action=" + action + "&page_size=2&page=1");
	}

	@Test
	void invalidFiltersAreNamedTogether() {
		MvcTestResult result = asAdmin(AUDIT_LOG + "?actor=not-a-uuid&from=yesterday&to=2026-13-01T00:00:00Z");
		assertProblem(result, 400, "validation_failed");
		assertThat(result).bodyJson().extractingPath("$.errors.actor").asArray().hasSize(1);
		assertThat(result).bodyJson().extractingPath("$.errors.from").asArray().hasSize(1);
		assertThat(result).bodyJson().extractingPath("$.errors.to").asArray().hasSize(1);
	}

	@Test
	void shortFormsOfUuidsAreNotIds() {
		MvcTestResult result = asAdmin(AUDIT_LOG + "?actor=1-2-3-4-5");
		assertProblem(result, 400, "validation_failed");
		assertThat(result).bodyJson().extractingPath("$.errors.actor[0]").isEqualTo("Must be a UUID.");
	}

	@Test
	void fromMustNotBeAfterTo() {
		MvcTestResult result = asAdmin(AUDIT_LOG + "?from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z");
		assertProblem(result, 400, "validation_failed");
		assertThat(result).bodyJson().extractingPath("$.errors.from[0]").isEqualTo("Must not be after to.");
	}

	@Test
	void invalidPageIsRefused() {
		assertProblem(asAdmin(AUDIT_LOG + "?page_size=101"), 400, "validation_failed");
	}

	@Test
	void theLogCannotBeChangedThroughTheApi() {
		for (HttpMethod method : new HttpMethod[] { HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
				HttpMethod.DELETE }) {
			MvcTestResult result = mvc.method(method)
				.uri(AUDIT_LOG)
				.header(HttpHeaders.AUTHORIZATION, admin())
				.exchange();
			assertProblem(result, 405, "method_not_allowed");
			assertThat(result).headers()
				.hasHeaderSatisfying(HttpHeaders.ALLOW, (allow) -> assertThat(String.join(",", allow)).contains("GET")
					.doesNotContain("POST", "PUT", "PATCH", "DELETE"));
		}
		assertProblem(mvc.delete()
			.uri(AUDIT_LOG + "/" + UUID.randomUUID())
			.header(HttpHeaders.AUTHORIZATION, admin())
			.exchange(), 404, "not_found");
	}

	@Test
	void theOpenApiDocumentDescribesTheEndpoint() {
		MvcTestResult result = mvc.get().uri("/api/schema").exchange();
		assertThat(result).bodyJson().extractingPath("$.paths['" + AUDIT_LOG + "'].get").isNotNull();
	}

	private AuditEvent store(AuditEvents builder) {
		AuditEvent event = builder.build();
		records.save(new AuditRecord(event));
		return event;
	}

	private MvcTestResult asAdmin(String uri) {
		return mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, admin()).exchange();
	}

	private String admin() {
		if (admin == null) {
			admin = users.admin();
		}
		return admin.bearer();
	}

	private static void assertProblem(MvcTestResult result, int status, String code) {
		assertThat(result).hasStatus(status);
		assertThat(result).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo(code);
	}

}
