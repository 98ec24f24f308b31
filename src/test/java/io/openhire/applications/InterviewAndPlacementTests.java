package io.openhire.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

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

/** Interviews and placements through the API: who may do what, and their rules. */
@ApiTest
class InterviewAndPlacementTests {

	private static final String TOMORROW = Instant.now()
		.plus(1, ChronoUnit.DAYS)
		.truncatedTo(ChronoUnit.HOURS)
		.toString();

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
	void theCompanySchedulesReschedulesAndCancelsInterviews() {
		ApplicationFixtures.Posted job = fixtures.job();
		SignedIn candidate = users.candidate();
		SignedIn owner = job.employer().owner();
		String application = fixtures.applied(candidate, job.jobId());
		String interviews = APPLICATIONS + "/" + application + "/interviews";
		String body = "{\"type\": \"video\", \"scheduled_at\": \"%s\", \"duration_minutes\": 45, \"meeting_url\": \"https://meet.example/x\", \"interviewer_name\": \"Dr. Jansen\"}"
			.formatted(TOMORROW);
		assertThat(Api.post(mvc, interviews, candidate.bearer(), body)).hasStatus(403);
		assertThat(Api.post(mvc, interviews, users.admin().bearer(), body)).hasStatus(403);
		assertThat(Api.post(mvc, interviews, fixtures.employer().owner().bearer(), body)).hasStatus(404);
		assertThat(Api.post(mvc, interviews, owner.bearer(), body.replace(TOMORROW, "2001-01-01T10:00:00Z"))).bodyJson()
			.extractingPath("$.errors.scheduled_at")
			.asArray()
			.isNotEmpty();
		assertThat(Api.post(mvc, interviews, owner.bearer(), body.replace("video", "telepathy"))).hasStatus(400);
		MvcTestResult scheduled = Api.post(mvc, interviews, owner.bearer(), body);
		assertThat(scheduled).hasStatus(201);
		assertThat(scheduled).bodyJson().extractingPath("$.status").isEqualTo("scheduled");
		assertThat(scheduled).bodyJson().extractingPath("$.sequence").isEqualTo(0);
		String id = Api.read(scheduled, "$.id");
		String path = "/api/v1/interviews/" + id;
		String later = Instant.parse(TOMORROW).plus(2, ChronoUnit.HOURS).toString();
		MvcTestResult moved = Api.patch(mvc, path, owner.bearer(), "{\"scheduled_at\": \"" + later + "\"}");
		assertThat(moved).hasStatusOk();
		assertThat(moved).bodyJson().extractingPath("$.sequence").isEqualTo(1);
		assertThat(Api.patch(mvc, path, owner.bearer(), "{\"feedback\": \"Good\", \"rating\": 4}")).bodyJson()
			.extractingPath("$.sequence")
			.isEqualTo(1);
		assertThat(Api.patch(mvc, path, owner.bearer(), "{\"rating\": 9}")).hasStatus(400);
		assertThat(Api.patch(mvc, path, candidate.bearer(), "{\"feedback\": \"I rock\"}")).hasStatus(403);
		assertThat(Api.patch(mvc, path, fixtures.employer().owner().bearer(), "{}")).hasStatus(404);
		MvcTestResult listed = Api.get(mvc, interviews, candidate.bearer());
		assertThat(listed).hasStatusOk();
		assertThat(listed).bodyJson().extractingPath("$[0].scheduled_at").isEqualTo(later);
		assertThat(listed).bodyJson().doesNotHavePath("$[0].feedback");
		assertThat(Api.get(mvc, interviews, owner.bearer())).bodyJson()
			.extractingPath("$[0].feedback")
			.isEqualTo("Good");
		MvcTestResult cancelled = Api.delete(mvc, path, owner.bearer(), null);
		assertThat(cancelled).hasStatusOk();
		assertThat(cancelled).bodyJson().extractingPath("$.status").isEqualTo("cancelled");
		assertThat(cancelled).bodyJson().extractingPath("$.sequence").isEqualTo(2);
		assertThat(Api.delete(mvc, path, owner.bearer(), null)).bodyJson()
			.extractingPath("$.code")
			.isEqualTo("invalid_transition");
		assertThat(Api.patch(mvc, path, owner.bearer(), "{\"scheduled_at\": \"" + TOMORROW + "\"}")).hasStatus(409);
	}

	@Test
	void hiringMakesAPlacementThatTheCompanyCompletes() {
		ApplicationFixtures.Posted job = fixtures.job();
		SignedIn candidate = users.candidate();
		SignedIn owner = job.employer().owner();
		String application = fixtures.applied(candidate, job.jobId());
		fixtures.moveAll(owner, application, "shortlisted", "offered", "hired");
		MvcTestResult mine = Api.get(mvc, "/api/v1/placements", candidate.bearer());
		assertThat(mine).bodyJson().extractingPath("$.count").isEqualTo(1);
		assertThat(mine).bodyJson().extractingPath("$.results[0].application_id").isEqualTo(application);
		assertThat(mine).bodyJson().extractingPath("$.results[0].status").isEqualTo("active");
		assertThat(mine).bodyJson().extractingPath("$.results[0].job.id").isEqualTo(job.jobId().toString());
		String id = Api.read(mine, "$.results[0].id");
		String path = "/api/v1/placements/" + id;
		assertThat(Api.get(mvc, "/api/v1/placements?status=active", owner.bearer())).bodyJson()
			.extractingPath("$.count")
			.isEqualTo(1);
		assertThat(Api.get(mvc, "/api/v1/placements?status=completed", owner.bearer())).bodyJson()
			.extractingPath("$.count")
			.isEqualTo(0);
		assertThat(Api.get(mvc, "/api/v1/placements", fixtures.employer().owner().bearer())).bodyJson()
			.extractingPath("$.count")
			.isEqualTo(0);
		assertThat(Api.get(mvc, path, users.candidate().bearer())).hasStatus(404);
		assertThat(Api.get(mvc, path, users.admin().bearer())).hasStatusOk();
		assertThat(Api.patch(mvc, path, candidate.bearer(), "{\"start_date\": \"2027-01-01\"}")).hasStatus(403);
		assertThat(
				Api.patch(mvc, path, owner.bearer(), "{\"start_date\": \"2027-02-01\", \"end_date\": \"2027-01-01\"}"))
			.bodyJson()
			.extractingPath("$.errors.end_date")
			.asArray()
			.isNotEmpty();
		assertThat(Api.patch(mvc, path, owner.bearer(), "{\"status\": \"completed\"}")).hasStatus(409);
		MvcTestResult dated = Api.patch(mvc, path, owner.bearer(), "{\"start_date\": \"2027-01-01\"}");
		assertThat(dated).hasStatusOk();
		assertThat(dated).bodyJson().extractingPath("$.start_date").isEqualTo("2027-01-01");
		String completion = "{\"completion_date\": \"2027-06-30\", \"rating\": %d, \"feedback\": \"Great work\"}";
		assertThat(Api.post(mvc, path + "/complete", owner.bearer(), completion.formatted(0))).hasStatus(400);
		assertThat(Api.post(mvc, path + "/complete", candidate.bearer(), completion.formatted(5))).hasStatus(403);
		MvcTestResult completed = Api.post(mvc, path + "/complete", owner.bearer(), completion.formatted(5));
		assertThat(completed).hasStatusOk();
		assertThat(completed).bodyJson().extractingPath("$.status").isEqualTo("completed");
		assertThat(completed).bodyJson().extractingPath("$.rating").isEqualTo(5);
		assertThat(completed).bodyJson().extractingPath("$.end_date").isEqualTo("2027-06-30");
		assertThat(Api.post(mvc, path + "/complete", owner.bearer(), completion.formatted(5))).hasStatus(409);
		assertThat(LocalDate.parse(Api.read(completed, "$.completion_date"))).isEqualTo("2027-06-30");
	}

}
