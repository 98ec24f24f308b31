package io.openhire.jobs;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import static io.openhire.jobs.JobFixtures.list;
import static io.openhire.jobs.JobFixtures.move;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /jobs}: open jobs only, each filter, orderings, pages and cursors, and a
 * fixed number of statements per page. Tests share the database, so each narrows the list
 * to a company of its own.
 */
@ApiTest
class JobListTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CompanyDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobExpiry expiry;

	@Autowired
	Statements statements;

	@Test
	void listsOnlyPublishedJobsThatAreOpenNow() {
		SignedIn owner = users.employer();
		UUID company = company(mvc, directory, owner, true);
		UUID category = JobFixtures.category(mvc, 0);
		UUID open = published(owner, job(company, category));
		UUID expired = published(owner, job(company, category));
		UUID pastDeadline = published(owner, job(company, category));
		create(mvc, owner, job(company, category));
		UUID closed = published(owner, job(company, category));
		move(mvc, owner, closed, "close");
		setPast("expires_at", expired);
		setPast("application_deadline", pastDeadline);
		assertThat(list(mvc, "?company=" + company)).containsExactly(open.toString());
		assertThat(JobFixtures.get(mvc, null, expired)).hasStatus(404);

		assertThat(expiry.closePastDates()).isGreaterThanOrEqualTo(2);
		assertThat(status(expired)).isEqualTo("CLOSED");
		assertThat(status(pastDeadline)).isEqualTo("CLOSED");
		assertThat(status(open)).isEqualTo("PUBLISHED");
	}

	@Test
	void filtersNarrowTheList() {
		SignedIn owner = users.employer();
		UUID company = company(mvc, directory, owner, true);
		UUID category = JobFixtures.category(mvc, 0);
		UUID otherCategory = JobFixtures.category(mvc, 1);
		String skill = "Triage " + JobFixtures.word();
		UUID nurse = published(owner, job(company, category).with("skills", List.of(Map.of("name", skill))));
		UUID remote = published(owner,
				job(company, otherCategory).with("remote_option", "remote")
					.with("job_type", "part_time")
					.with("experience_level", "senior")
					.with("location", Map.of("city", "Berlin", "country", "DE"))
					.with("salary_min", 6000)
					.with("salary_max", 8000)
					.with("salary_currency", "usd"));
		UUID featured = published(users.admin(),
				job(company, category).with("is_featured", true)
					.without("salary_min")
					.without("salary_max")
					.without("salary_currency"));
		String mine = "?company=" + company;
		assertThat(list(mvc, mine + "&category=" + otherCategory)).containsExactly(remote.toString());
		assertThat(list(mvc, mine + "&job_type=part_time")).containsExactly(remote.toString());
		assertThat(list(mvc, mine + "&experience_level=senior")).containsExactly(remote.toString());
		assertThat(list(mvc, mine + "&remote_option=remote")).containsExactly(remote.toString());
		assertThat(list(mvc, mine + "&location=berlin")).containsExactly(remote.toString());
		assertThat(list(mvc, mine + "&location=nl")).containsExactlyInAnyOrder(nurse.toString(), featured.toString());
		assertThat(list(mvc, mine + "&salary_min=5000")).containsExactly(remote.toString());
		assertThat(list(mvc, mine + "&salary_max=5000")).containsExactly(nurse.toString());
		assertThat(list(mvc, mine + "&currency=USD")).containsExactly(remote.toString());
		assertThat(list(mvc, mine + "&featured=true")).containsExactly(featured.toString());
		assertThat(list(mvc, mine + "&company_type=hospital")).hasSize(3);
		assertThat(list(mvc, mine + "&company_type=agency")).isEmpty();
		assertThat(list(mvc, mine + "&facility_type=public")).hasSize(3);
		assertThat(list(mvc, mine + "&facility_type=private")).isEmpty();
		assertThat(list(mvc, mine + "&posted_within_days=1")).hasSize(3);
		String skillId = Api.read(JobFixtures.get(mvc, owner, nurse), "$.skills[0].skill.id");
		assertThat(list(mvc, mine + "&skills=" + skillId + "," + UUID.randomUUID())).containsExactly(nurse.toString());
		assertThat(list(mvc, mine + "&ordering=-salary_max")).containsExactly(remote.toString(), nurse.toString(),
				featured.toString());
		assertThat(list(mvc, mine + "&ordering=salary_min")).containsExactly(nurse.toString(), remote.toString(),
				featured.toString());
		assertThat(list(mvc, mine + "&ordering=published_at")).containsExactly(nurse.toString(), remote.toString(),
				featured.toString());
		assertThat(list(mvc, mine)).containsExactly(featured.toString(), remote.toString(), nurse.toString());
	}

	@Test
	void badParametersAreRefused() {
		for (String query : List.of("?job_type=gig", "?ordering=title", "?company=abc", "?skills=x",
				"?posted_within_days=0", "?facility_type=orbital", "?page_size=101", "?cursor=%%%",
				"?cursor=&ordering=salary_min", "?salary_min=lots")) {
			assertThat(Api.get(mvc, JOBS + query, null)).as(query).hasStatus(400);
		}
		assertThat(Api.get(mvc, JOBS + "?cursor=bm9uc2Vuc2U", null)).bodyJson()
			.extractingPath("$.code")
			.isEqualTo("invalid_cursor");
	}

	@Test
	void pagesAndCursorsWalkTheDefaultOrdering() {
		SignedIn owner = users.employer();
		UUID company = company(mvc, directory, owner, true);
		UUID category = JobFixtures.category(mvc, 0);
		List<String> newestFirst = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			newestFirst.add(0, published(owner, job(company, category)).toString());
		}
		MvcTestResult page = Api.get(mvc, JOBS + "?company=" + company + "&page_size=2&page=2", null);
		assertThat(page).bodyJson().extractingPath("$.count").isEqualTo(5);
		assertThat(Api.<List<String>>read(page, "$.results[*].id")).isEqualTo(newestFirst.subList(2, 4));

		MvcTestResult first = Api.get(mvc, JOBS + "?company=" + company + "&page_size=2&cursor=", null);
		assertThat(first).bodyJson().extractingPath("$.previous").isNull();
		assertThat(Api.<List<String>>read(first, "$.results[*].id")).isEqualTo(newestFirst.subList(0, 2));
		MvcTestResult second = follow(Api.read(first, "$.next"));
		assertThat(Api.<List<String>>read(second, "$.results[*].id")).isEqualTo(newestFirst.subList(2, 4));
		MvcTestResult third = follow(Api.read(second, "$.next"));
		assertThat(Api.<List<String>>read(third, "$.results[*].id")).isEqualTo(newestFirst.subList(4, 5));
		assertThat(third).bodyJson().extractingPath("$.next").isNull();
		MvcTestResult back = follow(Api.read(third, "$.previous"));
		assertThat(Api.<List<String>>read(back, "$.results[*].id")).isEqualTo(newestFirst.subList(2, 4));
		MvcTestResult start = follow(Api.read(back, "$.previous"));
		assertThat(Api.<List<String>>read(start, "$.results[*].id")).isEqualTo(newestFirst.subList(0, 2));
		assertThat(start).bodyJson().extractingPath("$.previous").isNull();
	}

	@Test
	void theCountFollowsPublishingAndClosingAtOnce() {
		SignedIn owner = users.employer();
		UUID company = company(mvc, directory, owner, true);
		UUID category = JobFixtures.category(mvc, 0);
		// one a page: a short last page is counted without asking the database
		String mine = JOBS + "?company=" + company + "&page_size=1";
		published(owner, job(company, category));
		assertThat(Api.get(mvc, mine, null)).bodyJson().extractingPath("$.count").isEqualTo(1);
		UUID second = published(owner, job(company, category));
		assertThat(Api.get(mvc, mine, null)).bodyJson().extractingPath("$.count").isEqualTo(2);
		move(mvc, owner, second, "close");
		assertThat(Api.get(mvc, mine, null)).bodyJson().extractingPath("$.count").isEqualTo(1);
	}

	@Test
	void aPageCostsTheSameFewStatementsWhateverItHolds() {
		SignedIn owner = users.employer();
		UUID company = company(mvc, directory, owner, true);
		UUID category = JobFixtures.category(mvc, 0);
		published(owner, job(company, category).with("skills", List.of(Map.of("name", "Cpr " + JobFixtures.word()))));
		statementsFor("?company=" + company);
		long one = statementsFor("?company=" + company);
		for (int i = 0; i < 8; i++) {
			UUID other = company(mvc, directory, owner, true);
			published(owner, job(other, JobFixtures.category(mvc, i % 3)).with("skills",
					List.of(Map.of("name", "Skill " + JobFixtures.word()))));
		}
		String many = "?location=utrecht&page_size=100&posted_within_days=1";
		statementsFor(many);
		long nine = statementsFor(many);
		assertThat(one).isBetween(2L, 5L);
		assertThat(nine).isEqualTo(one);
	}

	private long statementsFor(String query) {
		// waits for event listeners (search indexing) of the publications before counting
		return statements.of(() -> assertThat(Api.get(mvc, JOBS + query, null)).hasStatusOk());
	}

	private MvcTestResult follow(String url) {
		MvcTestResult result = Api.get(mvc, url.substring(url.indexOf("/api/")), null);
		assertThat(result).hasStatusOk();
		return result;
	}

	private UUID published(SignedIn caller, JobFixtures.Body body) {
		UUID job = create(mvc, caller, body);
		SignedIn publisher = caller;
		MvcTestResult result = move(mvc, publisher, job, "publish");
		if (result.getResponse().getStatus() == 403) {
			// admins do not publish: an admin-created job goes through the queue
			jdbc.update("update jobs set status = 'PUBLISHED', published_at = ? where id = ?",
					Timestamp.from(Instant.now()), job);
		}
		else {
			assertThat(result).hasStatusOk();
		}
		return job;
	}

	private void setPast(String column, UUID job) {
		jdbc.update("update jobs set " + column + " = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(5)),
				job);
	}

	private String status(UUID job) {
		return jdbc.queryForObject("select status from jobs where id = ?", String.class, job);
	}

}
