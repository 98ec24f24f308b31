package io.openhire.jobs;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

import static io.openhire.jobs.JobFixtures.JOBS;
import static io.openhire.jobs.JobFixtures.company;
import static io.openhire.jobs.JobFixtures.create;
import static io.openhire.jobs.JobFixtures.get;
import static io.openhire.jobs.JobFixtures.job;
import static io.openhire.jobs.JobFixtures.move;
import static org.assertj.core.api.Assertions.assertThat;

/** Creating, reading, editing jobs and their lifecycle through the API. */
@ApiTest
class JobApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CompanyDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void createsADraftWithSanitizedTextSkillsAndQuestions() {
		SignedIn owner = users.employer();
		UUID company = company(mvc, directory, owner, false);
		String skillName = "Wound care " + JobFixtures.word();
		MvcTestResult created = Api.post(mvc, JOBS, owner.bearer(), job(company, JobFixtures.category(mvc, 0)).with(
				"description",
				"<p onclick=\"x()\">Hi <script>alert(1)</script><a href=\"javascript:x\">bad</a> <a href=\"https://ok.example\">ok</a></p><h1>Title</h1>")
			.with("skills", List.of(Map.of("name", skillName, "level", 5)))
			.with("questions",
					List.of(Map.of("text", "Shift?", "type", "single_choice", "options", List.of("day", "night"),
							"is_required", true), Map.of("text", "Licensed?", "type", "yes_no")))
			.toString());
		assertThat(created).hasStatus(201);
		assertThat(created).hasHeader("Location", "http://localhost" + JOBS + "/" + Api.read(created, "$.id"));
		assertThat(created).bodyJson().extractingPath("$.status").isEqualTo("draft");
		assertThat(created).bodyJson()
			.extractingPath("$.description")
			.isEqualTo("<p>Hi <a>bad</a> <a href=\"https://ok.example\">ok</a></p>Title");
		assertThat(created).bodyJson().extractingPath("$.skills[0].skill.name").isEqualTo(skillName);
		assertThat(created).bodyJson().extractingPath("$.skills[0].is_required").isEqualTo(true);
		assertThat(created).bodyJson().extractingPath("$.questions[0].options").asArray().hasSize(2);
		assertThat(created).bodyJson().extractingPath("$.questions[1].is_required").isEqualTo(false);
		assertThat(created).bodyJson().extractingPath("$.company.verification_status").isEqualTo("unverified");
		assertThat(created).bodyJson().extractingPath("$.location.country").isEqualTo("NL");
		assertThat(created).bodyJson().extractingPath("$.view_count").isEqualTo(0);
		assertThat(created).bodyJson().extractingPath("$.openings").isEqualTo(1);
	}

	@Test
	void refusesBadInputWithEveryFieldNamed() {
		SignedIn owner = users.employer();
		UUID company = company(mvc, directory, owner, false);
		String past = Instant.now().minus(1, ChronoUnit.DAYS).toString();
		MvcTestResult result = Api.post(mvc, JOBS, owner.bearer(),
				job(company, UUID.randomUUID()).with("salary_min", 5000)
					.with("salary_max", 4000)
					.with("expires_at", past)
					.with("application_deadline", past)
					.with("skills", List.of(Map.of("skill_id", UUID.randomUUID().toString()), Map.of()))
					.with("questions",
							List.of(Map.of("text", "Pick", "type", "single_choice", "options", List.of("one")),
									Map.of("text", "Years", "type", "number", "options", List.of("a", "b"))))
					.toString());
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("validation_failed");
		assertThat(result).bodyJson()
			.extractingPath("$.errors")
			.asMap()
			.containsKeys("category_id", "salary_max", "expires_at", "application_deadline", "skills[0].skill_id",
					"skills[1]", "questions[0].options", "questions[1].options");
		assertThat(Api.post(mvc, JOBS, owner.bearer(),
				job(company, JobFixtures.category(mvc, 0)).without("title").toString()))
			.bodyJson()
			.extractingPath("$.errors.title")
			.asArray()
			.isNotEmpty();
		assertThat(Api.post(mvc, JOBS, owner.bearer(),
				job(company, JobFixtures.category(mvc, 0)).with("job_type", "gig").toString()))
			.hasStatus(400);
		assertThat(Api.post(mvc, JOBS, owner.bearer(),
				job(company, JobFixtures.category(mvc, 0)).with("color", "red").toString()))
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("unknown_field");
		assertThat(Api.post(mvc, JOBS, owner.bearer(), job(UUID.randomUUID(), JobFixtures.category(mvc, 0)).toString()))
			.bodyJson()
			.extractingPath("$.errors.company_id")
			.asArray()
			.isNotEmpty();
		assertThat(Api.post(mvc, JOBS, owner.bearer(),
				job(company, JobFixtures.category(mvc, 0)).with("description", "<script>x()</script>").toString()))
			.bodyJson()
			.extractingPath("$.errors.description")
			.asArray()
			.isNotEmpty();
	}

	/** Jobs published in one category at once all succeed, and all count in it. */
	@Test
	void jobsPublishedInOneCategoryAtOnceAllCount() throws Exception {
		SignedIn owner = users.employer();
		UUID company = company(mvc, directory, owner, true);
		UUID category = JobFixtures.category(mvc, 2);
		List<UUID> drafts = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			drafts.add(create(mvc, owner, job(company, category)));
		}
		int before = jdbc.queryForObject("select job_count from catalog_categories where id = ?", Integer.class,
				category);
		try (var pool = Executors.newFixedThreadPool(8)) {
			List<Future<Integer>> moves = new ArrayList<>();
			for (UUID draft : drafts) {
				moves.add(pool.submit(() -> move(mvc, owner, draft, "publish").getResponse().getStatus()));
			}
			for (var move : moves) {
				assertThat(move.get()).isEqualTo(200);
			}
		}
		assertThat(
				jdbc.queryForObject("select job_count from catalog_categories where id = ?", Integer.class, category))
			.isEqualTo(before + 8);
	}

	@Test
	void onlyMembersAndAdminsCreateJobsForACompany() {
		SignedIn owner = users.employer();
		UUID company = company(mvc, directory, owner, false);
		String body = job(company, JobFixtures.category(mvc, 0)).toString();
		assertThat(Api.post(mvc, JOBS, users.employer().bearer(), body)).hasStatus(403);
		assertThat(Api.post(mvc, JOBS, users.candidate().bearer(), body)).hasStatus(403);
		assertThat(Api.post(mvc, JOBS, null, body)).hasStatus(401);
		assertThat(Api.post(mvc, JOBS, users.admin().bearer(), body)).hasStatus(201);
	}

	@Test
	void draftsAreSeenOnlyByTheCompanyAndAdmins() {
		SignedIn owner = users.employer();
		UUID job = create(mvc, owner, job(company(mvc, directory, owner, true), JobFixtures.category(mvc, 0)));
		assertThat(get(mvc, owner, job)).hasStatusOk();
		assertThat(get(mvc, users.admin(), job)).hasStatusOk();
		assertThat(get(mvc, null, job)).hasStatus(404);
		assertThat(get(mvc, users.employer(), job)).hasStatus(404);
		assertThat(get(mvc, users.candidate(), job)).hasStatus(404);
		SignedIn stranger = users.employer();
		assertThat(move(mvc, stranger, job, "publish")).hasStatus(404);
		assertThat(move(mvc, owner, job, "publish")).bodyJson().extractingPath("$.status").isEqualTo("published");
		assertThat(get(mvc, null, job)).bodyJson().extractingPath("$.status").isEqualTo("published");
		assertThat(move(mvc, stranger, job, "close")).hasStatus(403);
		assertThat(Api.patch(mvc, JOBS + "/" + job, stranger.bearer(), "{\"title\": \"Mine\"}")).hasStatus(403);
		assertThat(get(mvc, null, UUID.randomUUID())).hasStatus(404);
	}

	@Test
	void verifiedCompaniesPublishAtOnceOthersWaitForAnAdmin() {
		SignedIn owner = users.employer();
		SignedIn admin = users.admin();
		UUID category = JobFixtures.category(mvc, 1);
		UUID job = create(mvc, owner, job(company(mvc, directory, owner, false), category));
		assertThat(move(mvc, admin, job, "publish")).hasStatus(403);
		assertThat(move(mvc, owner, job, "publish")).bodyJson().extractingPath("$.status").isEqualTo("pending_review");
		assertThat(get(mvc, null, job)).hasStatus(404);
		MvcTestResult queue = Api.get(mvc, "/api/v1/admin/jobs?status=pending_review&page_size=100", admin.bearer());
		assertThat(Api.<List<String>>read(queue, "$.results[*].id")).contains(job.toString());
		assertThat(Api.post(mvc, "/api/v1/admin/jobs/" + job + "/reject", admin.bearer(), "{\"reason\": \"Vague\"}"))
			.bodyJson()
			.extractingPath("$.review_note")
			.isEqualTo("Vague");
		assertThat(get(mvc, owner, job)).bodyJson().extractingPath("$.status").isEqualTo("draft");
		assertThat(Api.post(mvc, "/api/v1/admin/jobs/" + job + "/approve", admin.bearer(), "{}")).hasStatus(409);
		move(mvc, owner, job, "publish");
		int before = jobCount(category);
		MvcTestResult approved = Api.post(mvc, "/api/v1/admin/jobs/" + job + "/approve", admin.bearer(), "{}");
		assertThat(approved).bodyJson().extractingPath("$.status").isEqualTo("published");
		assertThat(approved).bodyJson().extractingPath("$.published_at").isNotNull();
		assertThat(jobCount(category)).isEqualTo(before + 1);
		assertThat(auditActions(job)).contains("job_rejected", "job_approved");
		assertThat(get(mvc, null, job)).hasStatusOk();
	}

	@Test
	void aPublishedJobsEditIsCheckedAgain() {
		SignedIn owner = users.employer();
		UUID company = company(mvc, directory, owner, false);
		UUID job = create(mvc, owner, job(company, JobFixtures.category(mvc, 0)));
		move(mvc, owner, job, "publish");
		SignedIn admin = users.admin();
		Api.post(mvc, "/api/v1/admin/jobs/" + job + "/approve", admin.bearer(), "{}");
		MvcTestResult patched = Api.patch(mvc, JOBS + "/" + job, owner.bearer(),
				"{\"title\": \"Senior nurse\", \"salary_min\": null, \"location\": {\"city\": \"Delft\"}}");
		assertThat(patched).hasStatusOk();
		assertThat(patched).bodyJson().extractingPath("$.title").isEqualTo("Senior nurse");
		assertThat(patched).bodyJson().extractingPath("$.salary_min").isNull();
		assertThat(patched).bodyJson().extractingPath("$.location.city").isEqualTo("Delft");
		assertThat(patched).bodyJson().extractingPath("$.location.country").isEqualTo("NL");
		assertThat(patched).bodyJson().extractingPath("$.status").isEqualTo("pending_review");
		assertThat(Api.patch(mvc, JOBS + "/" + job, owner.bearer(), "{\"salary_min\": 9000}")).hasStatus(400);
		assertThat(Api.patch(mvc, JOBS + "/" + job, owner.bearer(), "{\"company_id\": \"" + UUID.randomUUID() + "\"}"))
			.hasStatus(400);
		assertThat(Api.put(mvc, JOBS + "/" + job, owner.bearer(),
				job(company, JobFixtures.category(mvc, 0)).with("title", "Replaced")
					.with("is_featured", true)
					.toString()))
			.bodyJson()
			.extractingPath("$.is_featured")
			.isEqualTo(false);
		assertThat(Api.patch(mvc, JOBS + "/" + job, admin.bearer(), "{\"is_featured\": true}")).bodyJson()
			.extractingPath("$.is_featured")
			.isEqualTo(true);
	}

	@Test
	void questionsKeepTheirIdsAcrossEdits() {
		SignedIn owner = users.employer();
		UUID job = create(mvc, owner, job(company(mvc, directory, owner, false), JobFixtures.category(mvc, 0))
			.with("questions", List.of(Map.of("text", "Licensed?", "type", "yes_no"))));
		String id = Api.read(get(mvc, owner, job), "$.questions[0].id");
		MvcTestResult patched = Api.patch(mvc, JOBS + "/" + job, owner.bearer(), "{\"title\": \"Other\"}");
		assertThat(patched).bodyJson().extractingPath("$.questions[0].id").isEqualTo(id);
	}

	@Test
	void illegalMovesAreConflicts() {
		SignedIn owner = users.employer();
		SignedIn admin = users.admin();
		UUID job = create(mvc, owner, job(company(mvc, directory, owner, true), JobFixtures.category(mvc, 0)));
		assertThat(move(mvc, owner, job, "close")).hasStatus(409);
		assertThat(move(mvc, owner, job, "reopen")).hasStatus(409);
		assertThat(move(mvc, owner, job, "close")).bodyJson().extractingPath("$.code").isEqualTo("invalid_transition");
		assertThat(Api.post(mvc, "/api/v1/admin/jobs/" + job + "/approve", admin.bearer(), "{}")).hasStatus(409);
		assertThat(move(mvc, owner, job, "publish")).hasStatusOk();
		assertThat(move(mvc, owner, job, "publish")).hasStatus(409);
		assertThat(move(mvc, owner, job, "reopen")).hasStatus(409);
		assertThat(Api.post(mvc, "/api/v1/admin/jobs/" + job + "/reject", admin.bearer(), "{\"reason\": \"x\"}"))
			.hasStatus(409);
		assertThat(move(mvc, admin, job, "close")).bodyJson().extractingPath("$.status").isEqualTo("closed");
		assertThat(move(mvc, owner, job, "close")).hasStatus(409);
		assertThat(get(mvc, null, job)).hasStatus(404);
		assertThat(move(mvc, admin, job, "reopen")).bodyJson().extractingPath("$.status").isEqualTo("published");
		MvcTestResult archived = Api.delete(mvc, JOBS + "/" + job, owner.bearer(), null);
		assertThat(archived).bodyJson().extractingPath("$.status").isEqualTo("archived");
		assertThat(move(mvc, owner, job, "archive")).hasStatus(409);
		assertThat(move(mvc, owner, job, "reopen")).hasStatus(409);
		assertThat(move(mvc, owner, job, "publish")).hasStatus(409);
		assertThat(Api.patch(mvc, JOBS + "/" + job, owner.bearer(), "{\"title\": \"Again\"}")).hasStatus(409);
	}

	@Test
	void aJobPastItsDatesCannotBeReopened() {
		SignedIn owner = users.employer();
		UUID job = create(mvc, owner, job(company(mvc, directory, owner, true), JobFixtures.category(mvc, 0)));
		move(mvc, owner, job, "publish");
		move(mvc, owner, job, "close");
		jdbc.update("update jobs set expires_at = ? where id = ?",
				java.sql.Timestamp.from(Instant.now().minusSeconds(60)), job);
		assertThat(move(mvc, owner, job, "reopen")).bodyJson()
			.extractingPath("$.errors.expires_at")
			.asArray()
			.isNotEmpty();
	}

	@Test
	void aDeletedCompanysJobsAreArchived() {
		SignedIn owner = users.employer();
		UUID company = company(mvc, directory, owner, true);
		UUID category = JobFixtures.category(mvc, 2);
		UUID job = create(mvc, owner, job(company, category));
		move(mvc, owner, job, "publish");
		int published = jobCount(category);
		assertThat(Api.delete(mvc, "/api/v1/companies/" + company, users.admin().bearer(), null)).hasStatus(204);
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select status from jobs where id = ?", String.class, job),
					"ARCHIVED"::equals);
		assertThat(jobCount(category)).isEqualTo(published - 1);
		assertThat(get(mvc, null, job)).hasStatus(404);
	}

	private int jobCount(UUID category) {
		return jdbc.queryForObject("select job_count from catalog_categories where id = ?", Integer.class, category);
	}

	private List<String> auditActions(UUID job) {
		return org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(5))
			.until(() -> jdbc.queryForList("select action from audit_log where entity_id = ?", String.class,
					job.toString()), (actions) -> actions.size() >= 2);
	}

}
