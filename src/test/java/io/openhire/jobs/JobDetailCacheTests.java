package io.openhire.jobs;

import java.time.Instant;
import java.util.UUID;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import io.openhire.companies.CompanyDirectory;
import io.openhire.shared.VerificationStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.openhire.jobs.JobFixtures.JOBS;
import static io.openhire.jobs.JobFixtures.company;
import static io.openhire.jobs.JobFixtures.create;
import static io.openhire.jobs.JobFixtures.get;
import static io.openhire.jobs.JobFixtures.job;
import static io.openhire.jobs.JobFixtures.move;
import static io.openhire.jobs.JobFixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /jobs/{id}} answers public jobs from {@link JobDetailCache}: every change
 * shows at once, and what is not public is never answered from it.
 */
@ApiTest
class JobDetailCacheTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CompanyDirectory directory;

	@Autowired
	CacheManager caches;

	@Autowired
	JobDetailCache cache;

	@Autowired
	JobService service;

	@Test
	void aPublicJobIsKeptAndAnEditShowsAtOnce() {
		SignedIn owner = users.employer();
		UUID job = publicJob(owner);
		assertThat(title(get(mvc, null, job))).startsWith("Nurse");
		assertThat(caches.getCache(JobDetailCache.CACHE).get(job)).isNotNull();

		assertThat(Api.patch(mvc, JOBS + "/" + job, owner.bearer(), "{\"title\": \"Head nurse\"}")).hasStatusOk();

		assertThat(title(get(mvc, null, job))).isEqualTo("Head nurse");
		assertThat(title(get(mvc, users.candidate(), job))).isEqualTo("Head nurse");
	}

	@Test
	void aClosedOrArchivedJobLeavesAtOnceAndComesBackWhenReopened() {
		SignedIn owner = users.employer();
		UUID job = publicJob(owner);
		assertThat(get(mvc, null, job)).hasStatusOk();

		assertThat(move(mvc, owner, job, "close")).hasStatusOk();
		assertThat(get(mvc, null, job)).hasStatus(404);
		assertThat(get(mvc, users.candidate(), job)).hasStatus(404);
		assertThat(get(mvc, owner, job)).bodyJson().extractingPath("$.status").isEqualTo("closed");

		assertThat(move(mvc, owner, job, "reopen")).hasStatusOk();
		assertThat(get(mvc, null, job)).bodyJson().extractingPath("$.status").isEqualTo("published");

		assertThat(move(mvc, owner, job, "archive")).hasStatusOk();
		assertThat(get(mvc, null, job)).hasStatus(404);
	}

	@Test
	void draftsAndJobsAwaitingReviewAreNeverKept() {
		SignedIn owner = users.employer();
		UUID company = company(mvc, directory, owner, false);
		UUID job = create(mvc, owner, job(company, JobFixtures.category(mvc, 0)));
		assertThat(get(mvc, owner, job)).bodyJson().extractingPath("$.status").isEqualTo("draft");
		assertThat(get(mvc, users.admin(), job)).hasStatusOk();
		assertThat(caches.getCache(JobDetailCache.CACHE).get(job)).isNull();
		assertThat(get(mvc, null, job)).hasStatus(404);

		assertThat(move(mvc, owner, job, "publish")).bodyJson().extractingPath("$.status").isEqualTo("pending_review");
		assertThat(get(mvc, owner, job)).hasStatusOk();
		assertThat(caches.getCache(JobDetailCache.CACHE).get(job)).isNull();
		assertThat(get(mvc, null, job)).hasStatus(404);
		assertThat(get(mvc, users.employer(), job)).hasStatus(404);
	}

	@Test
	void anEditThatSendsAPublicJobBackToReviewHidesItAtOnce() {
		SignedIn owner = users.employer();
		UUID company = company(mvc, directory, owner, true);
		UUID job = keptJob(owner, company);
		directory.changeVerificationStatus(company, VerificationStatus.REJECTED);
		assertThat(get(mvc, null, job)).bodyJson()
			.extractingPath("$.company.verification_status")
			.isEqualTo("rejected");

		assertThat(Api.patch(mvc, JOBS + "/" + job, owner.bearer(), "{\"title\": \"Again\"}")).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("pending_review");
		assertThat(get(mvc, null, job)).hasStatus(404);
	}

	@Test
	void aRenamedCompanyShowsAtOnce() {
		SignedIn owner = users.employer();
		UUID company = company(mvc, directory, owner, true);
		UUID job = keptJob(owner, company);
		String name = "Renamed Co " + JobFixtures.word();

		assertThat(Api.patch(mvc, "/api/v1/companies/" + company, owner.bearer(), "{\"name\": \"" + name + "\"}"))
			.hasStatusOk();

		assertThat(get(mvc, null, job)).bodyJson().extractingPath("$.company.name").isEqualTo(name);
	}

	@Test
	void aReadThatBeganBeforeAChangeDoesNotKeepWhatItRead() {
		UUID job = publicJob(users.employer());
		long stamp = cache.stamp(job);
		JobView read = service.get(null, job, "ip:192.0.2.1");
		cache.forget(job);
		cache.json(read, Instant.now(), stamp);
		assertThat(caches.getCache(JobDetailCache.CACHE).get(job)).isNull();

		cache.json(read, Instant.now(), cache.stamp(job));
		assertThat(caches.getCache(JobDetailCache.CACHE).get(job)).isNotNull();
	}

	@Test
	void jsonLdAndContentNegotiationAreAsBefore() {
		UUID job = publicJob(users.employer());
		assertThat(get(mvc, null, job)).hasStatusOk();

		MvcTestResult jsonLd = mvc.get().uri(JOBS + "/" + job).header("Accept", "application/ld+json").exchange();
		assertThat(jsonLd).hasStatusOk().hasContentType(JobPostingLd.MEDIA_TYPE);
		assertThat(jsonLd).bodyJson().extractingPath("$.@type").isEqualTo("JobPosting");

		assertThat(mvc.get().uri(JOBS + "/" + job).header("Accept", "application/xml").exchange()).hasStatus(406);
		assertThat(mvc.get().uri(JOBS + "/" + job).header("Accept", "text/html, application/*;q=0.5").exchange())
			.hasStatusOk()
			.hasContentType("application/json");
	}

	private UUID publicJob(SignedIn owner) {
		return published(mvc, owner, job(company(mvc, directory, owner, true), JobFixtures.category(mvc, 0)));
	}

	/** A published job of the company, read once by the public so that it is kept. */
	private UUID keptJob(SignedIn owner, UUID company) {
		UUID job = published(mvc, owner, job(company, JobFixtures.category(mvc, 0)));
		assertThat(get(mvc, null, job)).hasStatusOk();
		assertThat(caches.getCache(JobDetailCache.CACHE).get(job)).isNotNull();
		return job;
	}

	private static String title(MvcTestResult result) {
		assertThat(result).hasStatusOk();
		return Api.read(result, "$.title");
	}

}
