package io.openhire.platform.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.stream.Stream;

import io.openhire.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Every error the framework can produce is problem+json with a stable code. */
@ApiTest
class ProblemDetailsTests {

	private static final String PROBES = "/api/v1/test/probes";

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	@Test
	void unknownPathIsNotFound() {
		assertProblem(mvc.get().uri("/api/v1/no-such-thing").exchange(), 404, "not_found");
	}

	@Test
	void wrongMethodIsMethodNotAllowed() {
		MvcTestResult result = mvc.delete().uri(PROBES).exchange();
		assertProblem(result, 405, "method_not_allowed");
		assertThat(result).headers().containsHeader("Allow");
	}

	@Test
	void unsupportedMediaType() {
		assertProblem(mvc.post().uri(PROBES).contentType(MediaType.TEXT_PLAIN).content("hello").exchange(), 415,
				"unsupported_media_type");
	}

	@Test
	void malformedJson() {
		MvcTestResult result = post("{\"display_name\": ");
		assertProblem(result, 400, "malformed_json");
	}

	@Test
	void missingBodyIsMalformed() {
		assertProblem(mvc.post().uri(PROBES).contentType(MediaType.APPLICATION_JSON).exchange(), 400, "malformed_json");
	}

	@Test
	void unknownFieldIsRejected() {
		MvcTestResult result = post("{\"display_name\": \"Ann\", \"skill_level\": 3, \"is_admin\": true}");
		assertProblem(result, 400, "unknown_field");
		assertThat(result).bodyJson().extractingPath("$.errors.is_admin[0]").isEqualTo("Unknown field.");
	}

	@Test
	void camelCaseFieldIsUnknownBecauseTheApiIsSnakeCase() {
		assertProblem(post("{\"displayName\": \"Ann\", \"skill_level\": 3}"), 400, "unknown_field");
	}

	@Test
	void wrongTypeNamesTheField() {
		MvcTestResult result = post("{\"display_name\": \"Ann\", \"skill_level\": \"high\"}");
		assertProblem(result, 400, "validation_failed");
		assertThat(result).bodyJson().extractingPath("$.errors.skill_level").asArray().hasSize(1);
	}

	@Test
	void fractionsAreNotWholeNumbers() {
		MvcTestResult result = post("{\"display_name\": \"Ann\", \"skill_level\": 3.5}");
		assertProblem(result, 400, "validation_failed");
		assertThat(result).bodyJson().extractingPath("$.errors.skill_level").asArray().hasSize(1);
	}

	@Test
	void validationNamesEveryFieldInSnakeCase() {
		MvcTestResult result = post(
				"{\"display_name\": \"\", \"skill_level\": 11, \"home_address\": {\"postal_code\": \" \"}}");
		assertProblem(result, 400, "validation_failed");
		assertThat(result).bodyJson().extractingPath("$.errors.display_name").asArray().hasSize(1);
		assertThat(result).bodyJson().extractingPath("$.errors.skill_level").asArray().hasSize(1);
		assertThat(result).bodyJson().extractingPath("$.errors['home_address.postal_code']").asArray().hasSize(1);
	}

	@Test
	void validBodyPasses() {
		MvcTestResult result = post("{\"display_name\": \"Ann\", \"skill_level\": 3}");
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.display_name").isEqualTo("Ann");
	}

	@Test
	void moduleProblemKeepsItsCode() {
		MvcTestResult result = mvc.get().uri("/api/v1/test/conflict").exchange();
		assertProblem(result, 409, "already_applied");
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:openhire:problem:already_applied");
		assertThat(result).bodyJson().extractingPath("$.instance").isEqualTo("/api/v1/test/conflict");
	}

	@Test
	void unexpectedFailureRevealsNoInternals() {
		MvcTestResult result = mvc.get().uri("/api/v1/test/failure").exchange();
		assertProblem(result, 500, "internal_error");
		assertThat(result).bodyText().doesNotContain("hunter2", "jdbc", "IllegalStateException", "at io.openhire");
	}

	@Test
	void invalidPageSizeIsValidationFailure() {
		MvcTestResult result = mvc.get().uri(PROBES + "?page_size=101").exchange();
		assertProblem(result, 400, "validation_failed");
		assertThat(result).bodyJson().extractingPath("$.errors.page_size").asArray().hasSize(1);
		assertProblem(mvc.get().uri(PROBES + "?page=zero").exchange(), 400, "validation_failed");
		assertProblem(mvc.get().uri(PROBES + "?cursor=%%%").exchange(), 400, "invalid_cursor");
	}

	@Test
	void oversizedBodyIsRejectedByItsDeclaredLength() throws Exception {
		String big = "{\"display_name\": \"" + "x".repeat(1_100_000) + "\", \"skill_level\": 3}";
		HttpResponse<String> response = send(HttpRequest.newBuilder(uri(PROBES))
			.header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString(big)));
		assertHttpProblem(response, 413, "payload_too_large");
	}

	@Test
	void oversizedChunkedBodyIsRejectedWhileReading() throws Exception {
		byte[] chunk = "x".repeat(64 * 1024).getBytes();
		Stream<byte[]> chunks = Stream.concat(Stream.of("{\"display_name\": \"".getBytes()),
				Stream.generate(() -> chunk).limit(20));
		HttpRequest.BodyPublisher body = BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(
				java.util.Collections.enumeration(chunks.map(java.io.ByteArrayInputStream::new).toList())));
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(uri(PROBES)).header("Content-Type", "application/json").POST(body));
		assertHttpProblem(response, 413, "payload_too_large");
	}

	@Test
	void containerErrorPageIsAProblemToo() throws Exception {
		assertHttpProblem(send(HttpRequest.newBuilder(uri("/error")).GET()), 404, "not_found");
	}

	private MvcTestResult post(String json) {
		return mvc.post().uri(PROBES).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	private static void assertProblem(MvcTestResult result, int status, String code) {
		assertThat(result).hasStatus(status);
		assertThat(result).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo(code);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status);
		assertThat(result).bodyJson().extractingPath("$.title").isNotNull();
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request.build(), BodyHandlers.ofString());
		}
	}

	private static void assertHttpProblem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("\"code\":\"" + code + "\"");
	}

}
