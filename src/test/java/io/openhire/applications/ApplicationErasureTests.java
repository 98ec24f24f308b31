package io.openhire.applications;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import io.openhire.companies.CompanyDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.openhire.applications.ApplicationFixtures.APPLICATIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An erased candidate's applications, history, interviews and placements go; others stay.
 */
@ApiTest
class ApplicationErasureTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CompanyDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	ApplicationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ApplicationFixtures(mvc, users, directory);
	}

	@Test
	void erasingACandidateDeletesEverythingOfTheirApplications() {
		ApplicationFixtures.Posted job = fixtures.job();
		ApplicationFixtures.Posted other = fixtures.job();
		SignedIn owner = job.employer().owner();
		SignedIn candidate = users.candidate();
		SignedIn colleague = users.candidate();
		String interviewed = fixtures.applied(candidate, job.jobId());
		assertThat(
				Api.post(mvc, APPLICATIONS + "/" + interviewed + "/interviews", owner.bearer(),
						"{\"type\": \"phone\", \"scheduled_at\": \"%s\", \"duration_minutes\": 30}"
							.formatted(Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS))))
			.hasStatus(201);
		String hired = fixtures.applied(candidate, other.jobId());
		for (String status : new String[] { "shortlisted", "offered", "hired" }) {
			assertThat(Api.post(mvc, APPLICATIONS + "/" + hired + "/transitions", other.employer().owner().bearer(),
					"{\"status\": \"" + status + "\"}"))
				.hasStatusOk();
		}
		String kept = fixtures.applied(colleague, job.jobId());
		assertThat(rows("placements", "application_id", hired)).isOne();
		assertThat(rows("interviews", "application_id", interviewed)).isOne();

		assertThat(Api.delete(mvc, "/api/v1/auth/me", candidate.bearer(),
				"{\"password\": \"%s\"}".formatted(candidate.password())))
			.hasStatus(204);

		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from applications where candidate_id = ?", Integer.class,
					candidate.id()) == 0);
		for (String application : new String[] { interviewed, hired }) {
			assertThat(rows("application_status_changes", "application_id", application)).isZero();
			assertThat(rows("interviews", "application_id", application)).isZero();
			assertThat(rows("placements", "application_id", application)).isZero();
			assertThat(Api.get(mvc, APPLICATIONS + "/" + application, owner.bearer())).hasStatus(404);
		}
		assertThat(rows("applications", "id", kept)).isOne();
		assertThat(rows("application_status_changes", "application_id", kept)).isOne();
		assertThat(Api.<java.util.List<String>>read(
				Api.get(mvc, "/api/v1/jobs/" + job.jobId() + "/applications", owner.bearer()), "$.results[*].id"))
			.containsExactly(kept);
	}

	private int rows(String table, String column, String id) {
		return jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Integer.class,
				UUID.fromString(id));
	}

}
