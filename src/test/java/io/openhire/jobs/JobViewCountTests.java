package io.openhire.jobs;

import java.util.List;
import java.util.UUID;

import io.openhire.ApiTest;
import io.openhire.DatabaseSwitch;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import io.openhire.companies.CompanyDirectory;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * {@code GET /jobs/{id}} counts a view per user or IP and UTC day, buffered in memory and
 * written in batches: the tests flush the buffer themselves (its timer is off in tests).
 */
@ApiTest
class JobViewCountTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CompanyDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobViewBuffer buffer;

	@Autowired
	DatabaseSwitch database;

	@BeforeEach
	void writeWhatEarlierTestsLeft() {
		buffer.flush();
	}

	@Test
	void viewsAreBufferedThenCountedOncePerViewerAndDay() {
		SignedIn owner = users.employer();
		UUID job = publishedJob(owner);
		SignedIn anna = users.candidate();
		SignedIn ben = users.candidate();
		view(job, anna, "10.0.0.1");
		view(job, anna, "10.0.0.2");
		view(job, ben, "10.0.0.1");
		view(job, null, "10.0.0.1");
		view(job, null, "10.0.0.1");
		view(job, null, "10.0.0.3");
		assertThat(viewCount(job)).as("nothing is written per request").isZero();
		assertThat(keys(job)).isEmpty();

		assertThat(buffer.flush()).isEqualTo(4);
		assertThat(viewCount(job)).isEqualTo(4);
		assertThat(JobFixtures.get(mvc, owner, job)).bodyJson().extractingPath("$.view_count").isEqualTo(4);
		assertThat(jdbc.queryForObject("select views from job_activity where job_id = ?", Long.class, job))
			.isEqualTo(4);

		// the same viewers again: the keys written by the first batch drop them, as they
		// would for views buffered on another node
		view(job, anna, "10.0.0.9");
		view(job, null, "10.0.0.3");
		view(job, users.candidate(), "10.0.0.3");
		assertThat(buffer.flush()).as("the new candidate, and the owner's read above").isEqualTo(2);
		assertThat(viewCount(job)).isEqualTo(6);
	}

	@Test
	void viewersAreKeptAsKeyedHashesOnly() {
		UUID job = publishedJob(users.employer());
		SignedIn anna = users.candidate();
		view(job, anna, "10.1.2.3");
		view(job, null, "10.1.2.3");
		buffer.flush();
		List<String> keys = keys(job);
		assertThat(keys).hasSize(2).allMatch((key) -> key.matches("[0-9a-f]{32}"));
		assertThat(keys).noneMatch((key) -> key.contains(anna.id().toString()) || key.contains("10.1.2.3"));
	}

	@Test
	void viewsOfAFailedBatchAreWrittenByTheNext() {
		UUID job = publishedJob(users.employer());
		view(job, users.candidate(), "10.0.0.1");
		database.down();
		try {
			assertThat(buffer.flush()).isZero();
		}
		finally {
			database.up();
		}
		assertThat(viewCount(job)).isZero();
		assertThat(buffer.flush()).isEqualTo(1);
		assertThat(viewCount(job)).isEqualTo(1);
	}

	@Test
	void onlyPublicJobsCountViews() {
		SignedIn owner = users.employer();
		UUID draft = create(mvc, owner, job(company(mvc, directory, owner, true), JobFixtures.category(mvc, 0)));
		assertThat(view(draft, owner, "10.0.0.1")).hasStatusOk();
		assertThat(view(draft, null, "10.0.0.1")).hasStatus(404);
		buffer.flush();
		assertThat(viewCount(draft)).isZero();
	}

	private MvcTestResult view(UUID job, SignedIn caller, String ip) {
		var request = mvc.get().uri(JOBS + "/" + job).with((r) -> {
			r.setRemoteAddr(ip);
			return r;
		});
		if (caller != null) {
			request.header("Authorization", caller.bearer());
		}
		return request.exchange();
	}

	private UUID publishedJob(SignedIn owner) {
		return published(mvc, owner, job(company(mvc, directory, owner, true), JobFixtures.category(mvc, 0)));
	}

	private long viewCount(UUID job) {
		return jdbc.queryForObject("select view_count from jobs where id = ?", Long.class, job);
	}

	private List<String> keys(UUID job) {
		return jdbc.queryForList("select viewer from job_view_keys where job_id = ?", String.class, job);
	}

}
