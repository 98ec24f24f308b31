package io.openhire.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.Statements;
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
import static io.openhire.jobs.JobFixtures.job;
import static io.openhire.jobs.JobFixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

/** Saved jobs: PUT/DELETE /jobs/{id}/save, GET /saved-jobs, and an exact save_count. */
@ApiTest
class JobSaveTests {

	private static final String SAVED = "/api/v1/saved-jobs";

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

	@Test
	void savingIsAnIdempotentUpsertOfNotesAndTags() {
		UUID job = publishedJob(users.employer());
		SignedIn candidate = users.candidate();
		MvcTestResult saved = save(candidate, job,
				"{\"notes\": \" Call Anna \", \"tags\": [\"nights\", \"nights\", \"nl\"]}");
		assertThat(saved).hasStatusOk();
		assertThat(saved).bodyJson().extractingPath("$.job.id").isEqualTo(job.toString());
		assertThat(saved).bodyJson().extractingPath("$.notes").isEqualTo("Call Anna");
		assertThat(saved).bodyJson().extractingPath("$.tags").asArray().containsExactly("nights", "nl");
		assertThat(saved).bodyJson().extractingPath("$.saved_at").isNotNull();
		String savedAt = Api.read(saved, "$.saved_at");

		MvcTestResult again = save(candidate, job, "{\"tags\": [\"later\"]}");
		assertThat(again).bodyJson().extractingPath("$.notes").isNull();
		assertThat(again).bodyJson().extractingPath("$.tags").asArray().containsExactly("later");
		assertThat(again).bodyJson().extractingPath("$.saved_at").isEqualTo(savedAt);
		assertThat(save(candidate, job, null)).hasStatusOk();
		assertThat(saveCount(job)).isEqualTo(1);
		assertThat(JobFixtures.get(mvc, candidate, job)).bodyJson().extractingPath("$.save_count").isEqualTo(1);

		assertThat(unsave(candidate, job)).hasStatus(204);
		assertThat(unsave(candidate, job)).hasStatus(204);
		assertThat(saveCount(job)).isZero();
	}

	@Test
	void onlyCandidatesSaveJobsTheyMaySee() {
		SignedIn owner = users.employer();
		UUID draft = create(mvc, owner, job(company(mvc, directory, owner, true), JobFixtures.category(mvc, 0)));
		UUID open = publishedJob(owner);
		SignedIn candidate = users.candidate();
		assertThat(save(candidate, draft, "{}")).hasStatus(404);
		assertThat(save(candidate, UUID.randomUUID(), "{}")).hasStatus(404);
		assertThat(unsave(candidate, draft)).hasStatus(404);
		assertThat(save(owner, open, "{}")).hasStatus(403);
		assertThat(save(users.admin(), open, "{}")).hasStatus(403);
		assertThat(save(null, open, "{}")).hasStatus(401);
		assertThat(Api.get(mvc, SAVED, owner.bearer())).hasStatus(403);
		assertThat(Api.get(mvc, SAVED, null)).hasStatus(401);
		MvcTestResult bad = save(candidate, open, "{\"tags\": [\"\"], \"color\": 1}");
		assertThat(bad).hasStatus(400);
		assertThat(save(candidate, open, "{\"tags\": [\"" + "x".repeat(51) + "\"]}")).hasStatus(400);
	}

	@Test
	void listsSavesNewestFirstByPageAndCursor() {
		SignedIn owner = users.employer();
		SignedIn candidate = users.candidate();
		List<String> newestFirst = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			UUID job = publishedJob(owner);
			assertThat(save(candidate, job, "{\"notes\": \"n" + i + "\"}")).hasStatusOk();
			newestFirst.add(0, job.toString());
		}
		MvcTestResult page = Api.get(mvc, SAVED + "?page_size=2", candidate.bearer());
		assertThat(page).hasStatusOk();
		assertThat(page).bodyJson().extractingPath("$.count").isEqualTo(3);
		assertThat(Api.<List<String>>read(page, "$.results[*].job.id")).isEqualTo(newestFirst.subList(0, 2));
		assertThat(page).bodyJson().extractingPath("$.results[0].notes").isEqualTo("n2");
		assertThat(page).bodyJson().extractingPath("$.results[0].job.company.name").isNotNull();
		assertThat(page).bodyJson().extractingPath("$.results[0].job.title").isNotNull();

		MvcTestResult first = Api.get(mvc, SAVED + "?page_size=2&cursor=", candidate.bearer());
		assertThat(first).bodyJson().extractingPath("$.previous").isNull();
		assertThat(Api.<List<String>>read(first, "$.results[*].job.id")).isEqualTo(newestFirst.subList(0, 2));
		String next = Api.read(first, "$.next");
		MvcTestResult second = Api.get(mvc, next.substring(next.indexOf("/api/")), candidate.bearer());
		assertThat(Api.<List<String>>read(second, "$.results[*].job.id")).isEqualTo(newestFirst.subList(2, 3));
		assertThat(second).bodyJson().extractingPath("$.next").isNull();
		String previous = Api.read(second, "$.previous");
		MvcTestResult back = Api.get(mvc, previous.substring(previous.indexOf("/api/")), candidate.bearer());
		assertThat(Api.<List<String>>read(back, "$.results[*].job.id")).isEqualTo(newestFirst.subList(0, 2));
		assertThat(Api.get(mvc, SAVED + "?cursor=bm9uc2Vuc2U", candidate.bearer())).hasStatus(400);
		assertThat(Api.get(mvc, SAVED, users.candidate().bearer())).bodyJson().extractingPath("$.count").isEqualTo(0);
	}

	@Test
	void aPageOfSavesCostsTheSameFewStatementsWhateverItHolds() {
		SignedIn owner = users.employer();
		SignedIn candidate = users.candidate();
		save(candidate, publishedJob(owner), "{}");
		long one = statements.of(() -> assertThat(Api.get(mvc, SAVED, candidate.bearer())).hasStatusOk());
		for (int i = 0; i < 6; i++) {
			UUID job = published(mvc, owner, job(company(mvc, directory, owner, true), JobFixtures.category(mvc, i % 3))
				.with("skills", List.of(Map.of("name", "Skill " + JobFixtures.word()))));
			save(candidate, job, "{\"tags\": [\"t\"]}");
		}
		long seven = statements.of(() -> assertThat(Api.get(mvc, SAVED, candidate.bearer())).hasStatusOk());
		assertThat(seven).isEqualTo(one);
		assertThat(one).isLessThanOrEqualTo(8);
	}

	@Test
	void saveCountStaysExactUnderConcurrentSavesAndUnsaves() throws Exception {
		UUID job = publishedJob(users.employer());
		List<SignedIn> candidates = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			candidates.add(users.candidate());
		}
		runTogether(candidates, (candidate) -> save(candidate, job, "{}").getResponse().getStatus());
		assertThat(saveCount(job)).isEqualTo(6);
		runTogether(candidates, (candidate) -> unsave(candidate, job).getResponse().getStatus());
		assertThat(saveCount(job)).isZero();
	}

	@Test
	void anEditOfTheJobKeepsItsCounts() {
		SignedIn owner = users.employer();
		UUID job = publishedJob(owner);
		save(users.candidate(), job, "{}");
		save(users.candidate(), job, "{}");
		MvcTestResult edited = Api.patch(mvc, JOBS + "/" + job, owner.bearer(), "{\"title\": \"Head nurse\"}");
		assertThat(edited).hasStatusOk();
		assertThat(edited).bodyJson().extractingPath("$.save_count").isEqualTo(2);
		assertThat(saveCount(job)).isEqualTo(2);
		assertThat(JobFixtures.move(mvc, owner, job, "close")).hasStatusOk();
		assertThat(saveCount(job)).isEqualTo(2);
	}

	/** Each candidate saves (or unsaves) twice, all at once. */
	private void runTogether(List<SignedIn> candidates, java.util.function.Function<SignedIn, Integer> call)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Integer>> calls = new ArrayList<>();
			for (SignedIn candidate : candidates) {
				calls.add(() -> call.apply(candidate));
				calls.add(() -> call.apply(candidate));
			}
			for (Future<Integer> result : pool.invokeAll(calls)) {
				assertThat(result.get()).isIn(200, 204);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private UUID publishedJob(SignedIn owner) {
		return published(mvc, owner, job(company(mvc, directory, owner, true), JobFixtures.category(mvc, 0)));
	}

	private MvcTestResult save(SignedIn caller, UUID job, String body) {
		var request = mvc.put().uri(JOBS + "/" + job + "/save");
		if (caller != null) {
			request.header("Authorization", caller.bearer());
		}
		if (body != null) {
			request.contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body);
		}
		return request.exchange();
	}

	private MvcTestResult unsave(SignedIn caller, UUID job) {
		return Api.delete(mvc, JOBS + "/" + job + "/save", caller.bearer(), null);
	}

	private long saveCount(UUID job) {
		return jdbc.queryForObject("select save_count from jobs where id = ?", Long.class, job);
	}

}
