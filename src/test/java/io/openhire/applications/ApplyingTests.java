package io.openhire.applications;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.Statements;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import io.openhire.companies.CompanyDirectory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.openhire.applications.ApplicationFixtures.APPLICATIONS;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code POST /applications}: which jobs take applications, answers, duplicates. */
@ApiTest
class ApplyingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CompanyDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Statements statements;

	@LocalServerPort
	int port;

	ApplicationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ApplicationFixtures(mvc, users, directory);
	}

	@Test
	void candidateAppliesToAnOpenJobAndTheJobCountsIt() {
		ApplicationFixtures.Posted job = fixtures.job();
		SignedIn candidate = users.candidate();
		long versionBefore = jobVersion(job.jobId());
		MvcTestResult result = fixtures.apply(candidate, job.jobId(),
				Map.of("cover_letter", "I care.", "resume_document_id", UUID.randomUUID().toString()));
		assertThat(result).hasStatus(201);
		assertThat(result).hasHeader("Location", "http://localhost" + APPLICATIONS + "/" + Api.read(result, "$.id"));
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("applied");
		assertThat(result).bodyJson().extractingPath("$.job.id").isEqualTo(job.jobId().toString());
		assertThat(result).bodyJson().extractingPath("$.candidate.id").isEqualTo(candidate.id().toString());
		assertThat(result).bodyJson().extractingPath("$.cover_letter").isEqualTo("I care.");
		assertThat(result).bodyJson().doesNotHavePath("$.rating");
		assertThat(result).bodyJson().doesNotHavePath("$.internal_notes");
		assertThat(Api.<Map<String, Object>>read(result, "$")).as("the answer is the application as read later")
			.isEqualTo(Api.read(Api.get(mvc, APPLICATIONS + "/" + Api.read(result, "$.id"), candidate.bearer()), "$"));
		assertThat(Api.<String>read(result, "$.job.title")).isNotBlank();
		assertThat(Api.<String>read(result, "$.company.name")).isNotBlank();
		assertThat(Api.<String>read(result, "$.candidate.email")).isNotBlank();
		assertThat(jdbc.queryForObject("select application_count from jobs where id = ?", Long.class, job.jobId()))
			.isEqualTo(1);
		assertThat(jobVersion(job.jobId())).as("the job's version").isEqualTo(versionBefore);
		assertThat(jdbc.queryForObject("select sum(applications) from job_activity where job_id = ?", Long.class,
				job.jobId()))
			.as("the application counts for trending")
			.isEqualTo(1);
	}

	@Test
	void applyingInsertsItsRowsOnceAndReadsOnlyWhatItShows() {
		ApplicationFixtures.Posted job = fixtures
			.job(List.of(Map.of("text", "Licensed?", "type", "yes_no"), Map.of("text", "Years?", "type", "number")));
		Map<String, Object> body = Map.of("cover_letter", "Hello", "answers",
				Map.of(job.questionIds().get(0), true, job.questionIds().get(1), 4.5));
		Iterator<SignedIn> candidates = Stream.generate(users::candidate).limit(12).toList().iterator();
		Runnable apply = () -> assertThat(fixtures.apply(candidates.next(), job.jobId(), body)).hasStatus(201);
		// nothing is merged (a select before each insert) nor written twice
		assertThat(statements.fewest(apply, Statistics::getEntityInsertCount)).as("application, history, mail")
			.isEqualTo(3);
		assertThat(statements.fewest(apply, Statistics::getEntityUpdateCount)).as("rows updated through entities")
			.isZero();
		// the job, its company and the people are read as values, not as entities the
		// flushes would check
		assertThat(statements.fewest(apply, Statistics::getEntityLoadCount)).as("entities loaded").isZero();
		// the token's state (a candidate's first request), the job and its questions,
		// the candidate (for the mail and the answer), the employer (for the mail) and
		// three inserts; the company's name is kept in memory, the counts are plain JDBC
		assertThat(statements.of(apply)).as("statements").isEqualTo(7);
	}

	@Test
	void refusesJobsThatDoNotTakeApplications() {
		SignedIn candidate = users.candidate();
		ApplicationFixtures.Employer employer = fixtures.employer();
		UUID draft = fixtures.draft(employer, List.of());
		UUID closed = fixtures.job(employer, List.of()).jobId();
		assertThat(Api.post(mvc, "/api/v1/jobs/" + closed + "/close", employer.owner().bearer(), "{}")).hasStatusOk();
		UUID expired = fixtures.job(employer, List.of()).jobId();
		jdbc.update("update jobs set expires_at = ? where id = ?",
				java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)), expired);
		UUID pastDeadline = fixtures.job(employer, List.of()).jobId();
		jdbc.update("update jobs set application_deadline = ? where id = ?",
				java.sql.Timestamp.from(Instant.now().minus(1, ChronoUnit.MINUTES)), pastDeadline);
		for (UUID job : List.of(UUID.randomUUID(), draft, closed, expired, pastDeadline)) {
			MvcTestResult result = fixtures.apply(candidate, job, Map.of());
			assertThat(result).as(job.toString()).hasStatus(409);
			assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("job_not_open");
		}
	}

	@Test
	void aSecondApplicationToTheSameJobIsAConflict() {
		ApplicationFixtures.Posted job = fixtures.job();
		SignedIn candidate = users.candidate();
		fixtures.applied(candidate, job.jobId());
		MvcTestResult again = fixtures.apply(candidate, job.jobId(), Map.of());
		assertThat(again).hasStatus(409);
		assertThat(again).bodyJson().extractingPath("$.code").isEqualTo("already_applied");
	}

	@Test
	void twoConcurrentApplicationsMakeOneRow() throws Exception {
		ApplicationFixtures.Posted job = fixtures.job();
		SignedIn candidate = users.candidate();
		HttpClient client = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + APPLICATIONS))
			.header("Authorization", candidate.bearer())
			.header("Content-Type", MediaType.APPLICATION_JSON_VALUE)
			.POST(HttpRequest.BodyPublishers.ofString("{\"job_id\": \"" + job.jobId() + "\"}"))
			.build();
		for (int round = 0; round < 3; round++) {
			SignedIn applicant = (round == 0) ? candidate : users.candidate();
			HttpRequest each = HttpRequest.newBuilder(request, (name, value) -> !name.equals("Authorization"))
				.header("Authorization", applicant.bearer())
				.build();
			CompletableFuture<HttpResponse<String>> first = client.sendAsync(each,
					HttpResponse.BodyHandlers.ofString());
			CompletableFuture<HttpResponse<String>> second = client.sendAsync(each,
					HttpResponse.BodyHandlers.ofString());
			List<Integer> statuses = List.of(first.get().statusCode(), second.get().statusCode());
			assertThat(statuses).containsExactlyInAnyOrder(201, 409);
			HttpResponse<String> conflict = (first.get().statusCode() == 409) ? first.get() : second.get();
			assertThat(conflict.body()).contains("\"already_applied\"");
		}
		assertThat(jdbc.queryForObject("select count(*) from applications where job_id = ?", Long.class, job.jobId()))
			.isEqualTo(3);
		assertThat(jdbc.queryForObject("select application_count from jobs where id = ?", Long.class, job.jobId()))
			.isEqualTo(3);
		assertThat(jdbc.queryForObject("select sum(applications) from job_activity where job_id = ?", Long.class,
				job.jobId()))
			.isEqualTo(3);
	}

	@Test
	void answersAreCheckedAgainstTheJobsQuestions() {
		ApplicationFixtures.Posted job = fixtures
			.job(List.of(Map.of("text", "Licensed?", "type", "yes_no", "is_required", true),
					Map.of("text", "Years?", "type", "number"),
					Map.of("text", "Shift?", "type", "single_choice", "options", List.of("day", "night")),
					Map.of("text", "Why us?", "type", "text")));
		List<String> q = job.questionIds();
		SignedIn candidate = users.candidate();
		String unknown = UUID.randomUUID().toString();
		MvcTestResult wrong = fixtures.apply(candidate, job.jobId(),
				Map.of("answers", Map.of(unknown, "x", q.get(1), "many", q.get(2), "evening", q.get(3), "")));
		assertThat(wrong).hasStatus(400);
		assertThat(wrong).bodyJson().extractingPath("$.code").isEqualTo("validation_failed");
		assertThat(wrong).bodyJson()
			.extractingPath("$.errors")
			.asMap()
			.containsOnlyKeys("answers." + unknown, "answers." + q.get(0), "answers." + q.get(1), "answers." + q.get(2),
					"answers." + q.get(3));
		MvcTestResult notBoolean = fixtures.apply(candidate, job.jobId(), Map.of("answers", Map.of(q.get(0), "yes")));
		assertThat(notBoolean).hasStatus(400);
		assertThat(notBoolean).bodyJson()
			.extractingPath("$.errors['answers." + q.get(0) + "'][0]")
			.isEqualTo("Must be true or false.");
		MvcTestResult right = fixtures.apply(candidate, job.jobId(),
				Map.of("answers", Map.of(q.get(0), true, q.get(1), 4.5, q.get(2), "night")));
		assertThat(right).hasStatus(201);
		assertThat(right).bodyJson().extractingPath("$.answers['" + q.get(0) + "']").isEqualTo(true);
		assertThat(right).bodyJson().extractingPath("$.answers['" + q.get(2) + "']").isEqualTo("night");
	}

	@Test
	void refusesOversizedAndMalformedBodies() {
		ApplicationFixtures.Posted job = fixtures.job();
		SignedIn candidate = users.candidate();
		MvcTestResult tooLong = fixtures.apply(candidate, job.jobId(), Map.of("cover_letter", "x".repeat(10001)));
		assertThat(tooLong).hasStatus(400);
		assertThat(tooLong).bodyJson().extractingPath("$.errors.cover_letter").asArray().isNotEmpty();
		assertThat(Api.post(mvc, APPLICATIONS, candidate.bearer(), "{}")).bodyJson()
			.extractingPath("$.errors.job_id")
			.asArray()
			.isNotEmpty();
		assertThat(fixtures.apply(candidate, job.jobId(), Map.of("salary", 1))).bodyJson()
			.extractingPath("$.code")
			.isEqualTo("unknown_field");
		assertThat(Api.post(mvc, APPLICATIONS, candidate.bearer(), "{\"job_id\": \"nope\"}")).hasStatus(400);
	}

	@Test
	void onlyCandidatesApply() {
		ApplicationFixtures.Posted job = fixtures.job();
		String body = "{\"job_id\": \"" + job.jobId() + "\"}";
		assertThat(Api.post(mvc, APPLICATIONS, null, body)).hasStatus(401);
		assertThat(Api.post(mvc, APPLICATIONS, job.employer().owner().bearer(), body)).hasStatus(403);
		assertThat(Api.post(mvc, APPLICATIONS, users.admin().bearer(), body)).hasStatus(403);
	}

	@Test
	void aReplayedIdempotencyKeyCreatesNothing() {
		ApplicationFixtures.Posted job = fixtures.job();
		SignedIn candidate = users.candidate();
		String key = UUID.randomUUID().toString();
		String body = "{\"job_id\": \"" + job.jobId() + "\"}";
		MvcTestResult first = mvc.post()
			.uri(APPLICATIONS)
			.header("Authorization", candidate.bearer())
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
		MvcTestResult replay = mvc.post()
			.uri(APPLICATIONS)
			.header("Authorization", candidate.bearer())
			.header("Idempotency-Key", key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
		assertThat(first).hasStatus(201);
		assertThat(replay).hasStatus(201);
		assertThat(replay).hasHeader("Idempotent-Replayed", "true");
		assertThat(Api.<String>read(replay, "$.id")).isEqualTo(Api.read(first, "$.id"));
		assertThat(jdbc.queryForObject("select count(*) from applications where job_id = ?", Long.class, job.jobId()))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from application_status_changes c join applications a"
				+ " on a.id = c.application_id where a.job_id = ?", Long.class, job.jobId()))
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select application_count from jobs where id = ?", Long.class, job.jobId()))
			.isEqualTo(1);
	}

	private long jobVersion(UUID job) {
		return jdbc.queryForObject("select version from jobs where id = ?", Long.class, job);
	}

}
