package io.openhire.platform.idempotency;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestEndpoints;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code Idempotency-Key} on POST /api/v1/**, through the test endpoint that counts
 * orders.
 */
@ApiTest
class IdempotencyTests {

	private static final String ORDERS = "/api/v1/test/orders";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	TestEndpoints endpoints;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdempotencyPurge purge;

	@LocalServerPort
	int port;

	@Test
	void repeatAnswersTheFirstResponseWithoutRunningAgain() {
		SignedIn user = users.candidate();
		String key = newKey();
		MvcTestResult first = order(user, key, "{\"item\": \"desk\"}");
		assertThat(first).hasStatus(201).headers().doesNotContainHeader(IdempotencyInterceptor.REPLAYED);
		String id = Api.read(first, "$.id");
		int created = endpoints.ordersCreated();

		MvcTestResult repeat = order(user, key, "{\"item\": \"desk\"}");

		assertThat(repeat).hasStatus(201).hasHeader(IdempotencyInterceptor.REPLAYED, "true");
		assertThat(repeat).hasHeader("Location", "/api/v1/test/orders/" + id);
		assertThat(repeat.getResponse().getContentType()).startsWith(MediaType.APPLICATION_JSON_VALUE);
		assertThat(repeat.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
		assertThat(repeat.getResponse().getHeader("X-Request-Id")).isNotBlank();
		assertThat(endpoints.ordersCreated()).isEqualTo(created);
	}

	@Test
	void sameKeyWithAnotherBodyIsRefused() {
		SignedIn user = users.candidate();
		String key = newKey();
		assertThat(order(user, key, "{\"item\": \"desk\"}")).hasStatus(201);
		int attempts = endpoints.orderAttempts();

		MvcTestResult other = order(user, key, "{\"item\": \"chair\"}");

		assertThat(other).hasStatus(422).bodyJson().extractingPath("$.code").isEqualTo("idempotency_key_reused");
		assertThat(endpoints.orderAttempts()).isEqualTo(attempts);
	}

	@Test
	void keysBelongToTheirCaller() {
		String key = newKey();
		MvcTestResult mine = order(users.candidate(), key, "{\"item\": \"desk\"}");
		MvcTestResult theirs = order(users.candidate(), key, "{\"item\": \"desk\"}");
		MvcTestResult anonymous = order(null, key, "{\"item\": \"desk\"}");

		assertThat(theirs).hasStatus(201).headers().doesNotContainHeader(IdempotencyInterceptor.REPLAYED);
		assertThat(anonymous).hasStatus(201).headers().doesNotContainHeader(IdempotencyInterceptor.REPLAYED);
		assertThat(List.of(Api.read(mine, "$.id"), Api.read(theirs, "$.id"), Api.read(anonymous, "$.id")))
			.doesNotHaveDuplicates();
	}

	@Test
	void keysBelongToTheirPath() {
		SignedIn user = users.candidate();
		String key = newKey();
		assertThat(order(user, key, "{\"item\": \"desk\"}")).hasStatus(201);
		MvcTestResult probe = mvc.post()
			.uri("/api/v1/test/probes")
			.header("Authorization", user.bearer())
			.header(IdempotencyFilter.HEADER, key)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"display_name\": \"Ada\", \"skill_level\": 3}")
			.exchange();
		assertThat(probe).hasStatusOk().headers().doesNotContainHeader(IdempotencyInterceptor.REPLAYED);
	}

	@Test
	void withoutAKeyEveryCallRuns() {
		SignedIn user = users.candidate();
		MvcTestResult first = Api.post(mvc, ORDERS, user.bearer(), "{\"item\": \"desk\"}");
		MvcTestResult second = Api.post(mvc, ORDERS, user.bearer(), "{\"item\": \"desk\"}");
		assertThat(first).hasStatus(201);
		assertThat(second).hasStatus(201).headers().doesNotContainHeader(IdempotencyInterceptor.REPLAYED);
		assertThat((String) Api.read(second, "$.id")).isNotEqualTo(Api.read(first, "$.id"));
	}

	@Test
	void serverErrorsAreNotKept() {
		SignedIn user = users.candidate();
		String key = newKey();
		int attempts = endpoints.orderAttempts();
		assertThat(order(user, key, "{\"item\": \"desk\", \"fail\": true}")).hasStatus(500);
		assertThat(order(user, key, "{\"item\": \"desk\", \"fail\": true}")).hasStatus(500)
			.headers()
			.doesNotContainHeader(IdempotencyInterceptor.REPLAYED);
		assertThat(endpoints.orderAttempts()).isEqualTo(attempts + 2);
	}

	@Test
	void validationFailuresAreKept() {
		SignedIn user = users.candidate();
		String key = newKey();
		assertThat(order(user, key, "{\"item\": \"\"}")).hasStatus(400);
		assertThat(order(user, key, "{\"item\": \"\"}")).hasStatus(400)
			.hasHeader(IdempotencyInterceptor.REPLAYED, "true")
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("validation_failed");
	}

	@Test
	void invalidKeysAreRefused() {
		SignedIn user = users.candidate();
		int attempts = endpoints.orderAttempts();
		for (String key : List.of("", "has space", "ü-non-ascii", "k".repeat(256))) {
			assertThat(order(user, key, "{\"item\": \"desk\"}")).hasStatus(400)
				.bodyJson()
				.hasPathSatisfying("$.code", (code) -> code.assertThat().isEqualTo("validation_failed"))
				.hasPathSatisfying("$.errors['Idempotency-Key']", (errors) -> errors.assertThat().isNotNull());
		}
		assertThat(order(user, "k".repeat(255), "{\"item\": \"desk\"}")).hasStatus(201);
		assertThat(endpoints.orderAttempts()).isEqualTo(attempts + 1);
	}

	@Test
	void getIgnoresTheKey() {
		String key = newKey();
		for (int i = 0; i < 2; i++) {
			assertThat(mvc.get().uri("/api/v1/test/probes?total=1").header(IdempotencyFilter.HEADER, key).exchange())
				.hasStatusOk()
				.headers()
				.doesNotContainHeader(IdempotencyInterceptor.REPLAYED);
		}
		assertThat(jdbc.sql("select count(*) from idempotency_keys where idempotency_key = ?")
			.param(key)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void expiredKeysRunAgainAndArePurged() {
		SignedIn user = users.candidate();
		String key = newKey();
		MvcTestResult first = order(user, key, "{\"item\": \"desk\"}");
		ageKey(key, Duration.ofHours(25));

		MvcTestResult again = order(user, key, "{\"item\": \"desk\"}");

		assertThat(again).hasStatus(201).headers().doesNotContainHeader(IdempotencyInterceptor.REPLAYED);
		assertThat((String) Api.read(again, "$.id")).isNotEqualTo(Api.read(first, "$.id"));
		ageKey(key, Duration.ofHours(25));
		assertThat(purge.purgeExpired()).isPositive();
		assertThat(jdbc.sql("select count(*) from idempotency_keys where idempotency_key = ?")
			.param(key)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void concurrentRepeatsCreateExactlyOne() throws Exception {
		SignedIn user = users.candidate();
		String key = newKey();
		int created = endpoints.ordersCreated();
		CountDownLatch gate = endpoints.holdOrders();
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + ORDERS))
			.header("Authorization", user.bearer())
			.header("Content-Type", "application/json")
			.header(IdempotencyFilter.HEADER, key)
			.POST(HttpRequest.BodyPublishers.ofString("{\"item\": \"held\"}"))
			.build();
		int callers = 8;
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(callers)) {
			CountDownLatch start = new CountDownLatch(1);
			for (int i = 0; i < callers; i++) {
				answers.add(threads.submit(() -> {
					start.await();
					return client.send(request, HttpResponse.BodyHandlers.ofString());
				}));
			}
			start.countDown();
			// all but the one that claimed the key come back while it is held
			List<HttpResponse<String>> refused = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				if (refused.size() == callers - 1) {
					break;
				}
				try {
					refused.add(answer.get(5, java.util.concurrent.TimeUnit.SECONDS));
				}
				catch (java.util.concurrent.TimeoutException held) {
					// the claimed one: it waits for the gate
				}
			}
			assertThat(refused).hasSize(callers - 1).allSatisfy((response) -> {
				assertThat(response.statusCode()).isEqualTo(409);
				assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
				assertThat(response.body()).contains("idempotency_in_progress");
			});
			gate.countDown();
			List<Integer> statuses = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				statuses.add(answer.get().statusCode());
			}
			assertThat(statuses).containsOnlyOnce(201).filteredOn((status) -> status != 201).containsOnly(409);
		}
		HttpResponse<String> replay = client.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(replay.statusCode()).isEqualTo(201);
		assertThat(replay.headers().firstValue(IdempotencyInterceptor.REPLAYED)).hasValue("true");
		assertThat(endpoints.ordersCreated()).isEqualTo(created + 1);
	}

	@Test
	void multipartBodiesAreComparedByTheirParts() {
		SignedIn user = users.candidate();
		String key = newKey();
		MvcTestResult first = upload(user, key, "cv.pdf", "first version");
		int created = endpoints.ordersCreated();

		MvcTestResult repeat = upload(user, key, "cv.pdf", "first version");
		MvcTestResult changed = upload(user, key, "cv.pdf", "second version");

		assertThat(first).hasStatus(201);
		assertThat((String) Api.read(first, "$.item")).isEqualTo("cv.pdf:13");
		assertThat(repeat).hasStatus(201).hasHeader(IdempotencyInterceptor.REPLAYED, "true");
		assertThat((String) Api.read(repeat, "$.id")).isEqualTo(Api.read(first, "$.id"));
		assertThat(changed).hasStatus(422);
		assertThat(endpoints.ordersCreated()).isEqualTo(created);
	}

	private MvcTestResult upload(SignedIn user, String key, String filename, String content) {
		return mvc.post()
			.uri(ORDERS + "/uploads")
			.multipart()
			.file(new MockMultipartFile("file", filename, "application/pdf", content.getBytes()))
			.header("Authorization", user.bearer())
			.header(IdempotencyFilter.HEADER, key)
			.exchange();
	}

	private MvcTestResult order(@Nullable SignedIn user, String key, String json) {
		var request = mvc.post().uri(ORDERS).header(IdempotencyFilter.HEADER, key);
		if (user != null) {
			request.header("Authorization", user.bearer());
		}
		return request.contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	private void ageKey(String key, Duration age) {
		jdbc.sql("update idempotency_keys set created_at = ? where idempotency_key = ?")
			.params(OffsetDateTime.now().minus(age), key)
			.update();
	}

	private static String newKey() {
		return UUID.randomUUID().toString();
	}

}
