package io.openhire.applications;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import io.openhire.companies.CompanyDirectory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.openhire.applications.ApplicationFixtures.APPLICATIONS;
import static io.openhire.applications.ApplicationFixtures.JSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A hire from start to end through HTTP only: an unverified clinic posts a job that an
 * admin approves, a candidate applies, the clinic moves the application through its
 * pipeline, interviews and offers, the candidate accepts, and the placement is completed.
 * Each side hears of the other's moves by mail.
 */
@ApiTest
class HiringStoryTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CompanyDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aCandidateIsHiredAndThePlacementCompleted() {
		SignedIn recruiter = users.employer();
		SignedIn admin = users.admin();
		SignedIn candidate = users.candidate();

		MvcTestResult company = Api.post(mvc, "/api/v1/companies", recruiter.bearer(),
				"{\"name\": \"Story Clinic %s\", \"type\": \"clinic\", \"facility_type\": \"private\"}"
					.formatted(ApplicationFixtures.word()));
		assertThat(company).hasStatus(201);
		String companyId = Api.read(company, "$.id");
		String category = Api.read(Api.get(mvc, "/api/v1/categories?page_size=1", null), "$.results[0].id");
		MvcTestResult job = Api.post(mvc, "/api/v1/jobs", recruiter.bearer(),
				JSON.writeValueAsString(Map.of("company_id", companyId, "category_id", category, "title", "ICU nurse",
						"description", "<p>Nights and weekends</p>", "remote_option", "on_site", "job_type",
						"full_time", "experience_level", "senior", "questions",
						List.of(Map.of("text", "BIG registered?", "type", "yes_no", "is_required", true)))));
		assertThat(job).hasStatus(201);
		String jobId = Api.read(job, "$.id");
		String question = Api.read(job, "$.questions[0].id");

		MvcTestResult pending = Api.post(mvc, "/api/v1/jobs/" + jobId + "/publish", recruiter.bearer(), "{}");
		assertThat(pending).bodyJson().extractingPath("$.status").isEqualTo("pending_review");
		assertThat(apply(candidate, jobId, question)).bodyJson().extractingPath("$.code").isEqualTo("job_not_open");
		assertThat(Api.post(mvc, "/api/v1/admin/jobs/" + jobId + "/approve", admin.bearer(), "{}")).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("published");

		MvcTestResult applied = apply(candidate, jobId, question);
		assertThat(applied).hasStatus(201);
		String application = Api.read(applied, "$.id");
		assertThat(Api.get(mvc, "/api/v1/jobs/" + jobId + "/applications", recruiter.bearer())).bodyJson()
			.extractingPath("$.results[0].answers['" + question + "']")
			.isEqualTo(true);
		awaitMail(recruiter.email(), "New application: ICU nurse");

		move(recruiter, application, "reviewing");
		move(recruiter, application, "shortlisted");
		awaitMail(candidate.email(), "Your application for ICU nurse is shortlisted");
		move(recruiter, application, "interviewing");
		String at = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS).toString();
		MvcTestResult interview = Api.post(mvc, APPLICATIONS + "/" + application + "/interviews", recruiter.bearer(),
				"{\"type\": \"in_person\", \"scheduled_at\": \"%s\", \"duration_minutes\": 60, \"location\": \"Room 4, Utrecht\"}"
					.formatted(at));
		assertThat(interview).hasStatus(201);
		awaitMail(candidate.email(), "Interview invitation: ICU nurse");
		assertThat(Api.patch(mvc, "/api/v1/interviews/" + Api.read(interview, "$.id"), recruiter.bearer(),
				"{\"status\": \"completed\", \"feedback\": \"Calm under pressure\", \"rating\": 5}"))
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("completed");
		move(recruiter, application, "offered");

		MvcTestResult accepted = Api.post(mvc, APPLICATIONS + "/" + application + "/transitions", candidate.bearer(),
				"{\"status\": \"hired\", \"note\": \"Happy to join\"}");
		assertThat(accepted).bodyJson().extractingPath("$.status").isEqualTo("hired");
		awaitMail(recruiter.email(), "Application hired: ICU nurse");
		assertThat(Api.get(mvc, APPLICATIONS + "/" + application + "/history", candidate.bearer())).bodyJson()
			.extractingPath("$[*].to_status")
			.isEqualTo(List.of("applied", "reviewing", "shortlisted", "interviewing", "offered", "hired"));

		MvcTestResult placements = Api.get(mvc, "/api/v1/placements?status=active", recruiter.bearer());
		assertThat(placements).bodyJson().extractingPath("$.results[0].application_id").isEqualTo(application);
		String placement = Api.read(placements, "$.results[0].id");
		MvcTestResult completed = Api.post(mvc, "/api/v1/placements/" + placement + "/complete", recruiter.bearer(),
				"{\"completion_date\": \"%s\", \"rating\": 5, \"feedback\": \"Excellent\"}"
					.formatted(java.time.LocalDate.now().plusDays(90)));
		assertThat(completed).bodyJson().extractingPath("$.status").isEqualTo("completed");
		awaitMail(candidate.email(), "Your placement is complete");
		assertThat(Api.get(mvc, "/api/v1/placements/" + placement, candidate.bearer())).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("completed");
		assertThat(Api.get(mvc, APPLICATIONS + "/stats", recruiter.bearer())).bodyJson()
			.extractingPath("$.time_to_hire.hired")
			.isEqualTo(1);
		assertThat(jdbc.queryForObject("select application_count from jobs where id = ?", Long.class,
				UUID.fromString(jobId)))
			.isEqualTo(1);
	}

	private MvcTestResult apply(SignedIn candidate, String jobId, String question) {
		return Api.post(mvc, APPLICATIONS, candidate.bearer(), JSON.writeValueAsString(Map.of("job_id", jobId,
				"cover_letter", "I have ten years of ICU experience.", "answers", Map.of(question, true))));
	}

	private void move(SignedIn caller, String application, String status) {
		assertThat(Api.post(mvc, APPLICATIONS + "/" + application + "/transitions", caller.bearer(),
				"{\"status\": \"" + status + "\"}"))
			.hasStatusOk();
	}

	private void awaitMail(String to, String subject) {
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForList("select subject from outgoing_mails where recipient = ?", String.class, to),
					(subjects) -> subjects.contains(subject));
	}

}
