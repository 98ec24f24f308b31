package io.openhire.applications;

import java.util.List;
import java.util.Map;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import io.openhire.companies.CompanyDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.openhire.applications.ApplicationFixtures.APPLICATIONS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees an application, who moves it where, its history and edits, through the API.
 */
@ApiTest
class ApplicationWorkflowTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CompanyDirectory directory;

	ApplicationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ApplicationFixtures(mvc, users, directory);
	}

	@Test
	void theCandidateNeverSeesRatingOrInternalNotes() {
		ApplicationFixtures.Posted job = fixtures.job();
		SignedIn candidate = users.candidate();
		String id = fixtures.applied(candidate, job.jobId());
		SignedIn owner = job.employer().owner();
		MvcTestResult reviewed = Api.patch(mvc, APPLICATIONS + "/" + id, owner.bearer(),
				"{\"rating\": 4, \"internal_notes\": \"Strong\"}");
		assertThat(reviewed).hasStatusOk();
		assertThat(reviewed).bodyJson().extractingPath("$.rating").isEqualTo(4);
		assertThat(reviewed).bodyJson().extractingPath("$.internal_notes").isEqualTo("Strong");
		MvcTestResult seen = Api.get(mvc, APPLICATIONS + "/" + id, candidate.bearer());
		assertThat(seen).hasStatusOk();
		assertThat(seen).bodyJson().doesNotHavePath("$.rating");
		assertThat(seen).bodyJson().doesNotHavePath("$.internal_notes");
		MvcTestResult listed = Api.get(mvc, APPLICATIONS, candidate.bearer());
		assertThat(listed).bodyJson().doesNotHavePath("$.results[0].rating");
		assertThat(listed).bodyJson().doesNotHavePath("$.results[0].internal_notes");
		assertThat(Api.get(mvc, APPLICATIONS + "/" + id, users.admin().bearer())).bodyJson()
			.extractingPath("$.internal_notes")
			.isEqualTo("Strong");
	}

	@Test
	void othersGetNotFoundAndAdminsReadButDoNotAct() {
		ApplicationFixtures.Posted job = fixtures.job();
		String id = fixtures.applied(users.candidate(), job.jobId());
		String path = APPLICATIONS + "/" + id;
		for (SignedIn stranger : List.of(users.candidate(), fixtures.employer().owner())) {
			assertThat(Api.get(mvc, path, stranger.bearer())).hasStatus(404);
			assertThat(Api.get(mvc, path + "/history", stranger.bearer())).hasStatus(404);
			assertThat(Api.get(mvc, path + "/interviews", stranger.bearer())).hasStatus(404);
			assertThat(Api.patch(mvc, path, stranger.bearer(), "{}")).hasStatus(404);
			assertThat(fixtures.move(stranger, id, "withdrawn")).hasStatus(404);
			assertThat(Api.get(mvc, "/api/v1/jobs/" + job.jobId() + "/applications", stranger.bearer()))
				.hasStatus(stranger.email().startsWith("candidate") ? 403 : 404);
		}
		SignedIn admin = users.admin();
		assertThat(Api.get(mvc, path, admin.bearer())).hasStatusOk();
		assertThat(Api.get(mvc, path + "/history", admin.bearer())).hasStatusOk();
		MvcTestResult acting = fixtures.move(admin, id, "reviewing");
		assertThat(acting).hasStatus(403);
		assertThat(acting).bodyJson().extractingPath("$.code").isEqualTo("forbidden");
	}

	@Test
	void illegalMovesPerRoleAreInvalidTransitions() {
		ApplicationFixtures.Posted job = fixtures.job();
		SignedIn candidate = users.candidate();
		SignedIn owner = job.employer().owner();
		String id = fixtures.applied(candidate, job.jobId());
		for (String status : List.of("hired", "offered", "interviewing", "applied", "withdrawn")) {
			MvcTestResult refused = fixtures.move(owner, id, status);
			assertThat(refused).as("employer applied → " + status).hasStatus(409);
			assertThat(refused).bodyJson().extractingPath("$.code").isEqualTo("invalid_transition");
		}
		for (String status : List.of("reviewing", "shortlisted", "hired", "rejected", "applied")) {
			MvcTestResult refused = fixtures.move(candidate, id, status);
			assertThat(refused).as("candidate applied → " + status).hasStatus(409);
			assertThat(refused).bodyJson().extractingPath("$.code").isEqualTo("invalid_transition");
		}
		assertThat(fixtures.move(owner, id, "promoted")).hasStatus(400);
		fixtures.moveAll(owner, id, "reviewing", "shortlisted");
		fixtures.moveAll(candidate, id, "withdrawn");
		MvcTestResult closed = fixtures.move(owner, id, "interviewing");
		assertThat(closed).hasStatus(409);
		assertThat(closed).bodyJson().extractingPath("$.code").isEqualTo("application_closed");
		assertThat(fixtures.move(candidate, id, "withdrawn")).bodyJson()
			.extractingPath("$.code")
			.isEqualTo("invalid_transition");
		assertThat(Api.post(mvc, APPLICATIONS + "/" + id + "/interviews", owner.bearer(),
				"{\"type\": \"phone\", \"scheduled_at\": \"2099-01-01T10:00:00Z\", \"duration_minutes\": 30}"))
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("application_closed");
	}

	@Test
	void theHistoryHasEveryChangeAndDeleteWithdraws() {
		ApplicationFixtures.Posted job = fixtures.job();
		SignedIn candidate = users.candidate();
		SignedIn owner = job.employer().owner();
		String id = fixtures.applied(candidate, job.jobId());
		fixtures.moveAll(owner, id, "reviewing");
		MvcTestResult withdrawn = Api.delete(mvc, APPLICATIONS + "/" + id, candidate.bearer(), null);
		assertThat(withdrawn).hasStatusOk();
		assertThat(withdrawn).bodyJson().extractingPath("$.status").isEqualTo("withdrawn");
		MvcTestResult history = Api.get(mvc, APPLICATIONS + "/" + id + "/history", owner.bearer());
		assertThat(history).hasStatusOk();
		assertThat(history).bodyJson()
			.extractingPath("$[*].to_status")
			.isEqualTo(List.of("applied", "reviewing", "withdrawn"));
		assertThat(history).bodyJson().extractingPath("$[1].from_status").isEqualTo("applied");
		assertThat(history).bodyJson().extractingPath("$[1].reason").isEqualTo("because");
		assertThat(history).bodyJson().extractingPath("$[1].changed_by.id").isEqualTo(owner.id().toString());
		assertThat(history).bodyJson().extractingPath("$[2].changed_by.id").isEqualTo(candidate.id().toString());
		assertThat(Api.delete(mvc, APPLICATIONS + "/" + id, owner.bearer(), null)).hasStatus(403);
	}

	@Test
	void editsFollowTheRoles() {
		ApplicationFixtures.Posted job = fixtures.job();
		SignedIn candidate = users.candidate();
		SignedIn owner = job.employer().owner();
		String id = fixtures.applied(candidate, job.jobId());
		String path = APPLICATIONS + "/" + id;
		assertThat(Api.patch(mvc, path, candidate.bearer(), "{\"cover_letter\": \"Better\"}")).bodyJson()
			.extractingPath("$.cover_letter")
			.isEqualTo("Better");
		assertThat(Api.patch(mvc, path, candidate.bearer(), "{\"rating\": 5}")).bodyJson()
			.extractingPath("$.code")
			.isEqualTo("unknown_field");
		assertThat(Api.patch(mvc, path, candidate.bearer(), "{\"cover_letter\": \"" + "x".repeat(10001) + "\"}"))
			.bodyJson()
			.extractingPath("$.errors.cover_letter")
			.asArray()
			.isNotEmpty();
		assertThat(Api.patch(mvc, path, owner.bearer(), "{\"cover_letter\": \"Mine\"}")).hasStatus(400);
		assertThat(Api.patch(mvc, path, owner.bearer(), "{\"rating\": 6}")).bodyJson()
			.extractingPath("$.errors.rating")
			.asArray()
			.isNotEmpty();
		assertThat(Api.patch(mvc, path, owner.bearer(), "{\"internal_notes\": \"" + "x".repeat(10001) + "\"}"))
			.hasStatus(400);
		assertThat(Api.patch(mvc, path, users.admin().bearer(), "{\"rating\": 3}")).hasStatus(403);
		fixtures.moveAll(owner, id, "reviewing");
		MvcTestResult late = Api.patch(mvc, path, candidate.bearer(), "{\"cover_letter\": \"Late\"}");
		assertThat(late).hasStatus(409);
		assertThat(late).bodyJson().extractingPath("$.code").isEqualTo("application_not_editable");
		assertThat(Api.post(mvc, path + "/transitions", owner.bearer(),
				"{\"status\": \"shortlisted\", \"reason\": \"" + "x".repeat(1001) + "\"}"))
			.bodyJson()
			.extractingPath("$.errors.reason")
			.asArray()
			.isNotEmpty();
	}

	@Test
	void statsCountByStatusAndTimeToHire() {
		ApplicationFixtures.Posted job = fixtures.job();
		SignedIn owner = job.employer().owner();
		SignedIn candidate = users.candidate();
		String hired = fixtures.applied(candidate, job.jobId());
		fixtures.moveAll(owner, hired, "shortlisted", "offered");
		fixtures.moveAll(candidate, hired, "hired");
		String rejected = fixtures.applied(users.candidate(), job.jobId());
		fixtures.moveAll(owner, rejected, "rejected");
		fixtures.applied(users.candidate(), job.jobId());
		MvcTestResult mine = Api.get(mvc, APPLICATIONS + "/stats", candidate.bearer());
		assertThat(mine).hasStatusOk();
		assertThat(mine).bodyJson().extractingPath("$.total").isEqualTo(1);
		assertThat(mine).bodyJson().extractingPath("$.by_status.hired").isEqualTo(1);
		assertThat(mine).bodyJson().extractingPath("$.by_status.applied").isEqualTo(0);
		MvcTestResult theirs = Api.get(mvc, APPLICATIONS + "/stats", owner.bearer());
		assertThat(theirs).bodyJson().extractingPath("$.total").isEqualTo(3);
		assertThat(theirs).bodyJson()
			.extractingPath("$.by_status")
			.isEqualTo(Map.of("applied", 1, "reviewing", 0, "shortlisted", 0, "interviewing", 0, "offered", 0, "hired",
					1, "rejected", 1, "withdrawn", 0));
		assertThat(theirs).bodyJson().extractingPath("$.jobs[0].job.id").isEqualTo(job.jobId().toString());
		assertThat(theirs).bodyJson().extractingPath("$.jobs[0].total").isEqualTo(3);
		assertThat(theirs).bodyJson().extractingPath("$.time_to_hire.hired").isEqualTo(1);
		assertThat(theirs).bodyJson().extractingPath("$.time_to_hire.median_days").isEqualTo(0.0);
	}

	@Test
	void timeToHireHasTheAverageAndTheMedian() {
		java.time.Instant start = java.time.Instant.parse("2026-01-01T00:00:00Z");
		List<Object[]> rows = List.of(new Object[] { start, start.plus(java.time.Duration.ofDays(2)) },
				new Object[] { start, start.plus(java.time.Duration.ofDays(4)) },
				new Object[] { start, start.plus(java.time.Duration.ofDays(12)) });
		ApplicationStats.TimeToHire time = ApplicationStats.timeToHire(rows);
		assertThat(time.hired()).isEqualTo(3);
		assertThat(time.averageDays()).isEqualTo(6.0);
		assertThat(time.medianDays()).isEqualTo(4.0);
	}

}
