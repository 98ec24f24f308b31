package io.openhire.search;

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
import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import static io.openhire.search.SearchFixtures.JOBS;
import static io.openhire.search.SearchFixtures.awaitSearchable;
import static io.openhire.search.SearchFixtures.ids;
import static io.openhire.search.SearchFixtures.job;
import static io.openhire.search.SearchFixtures.published;
import static io.openhire.search.SearchFixtures.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Filters, facets, geo, sorts, and what never appears: drafts, closed and expired jobs.
 * Each test searches in a company of its own.
 */
@ApiTest
class SearchFilterTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CompanyDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JobDocuments documents;

	@Autowired
	JobProjection projection;

	@Test
	void filtersNarrowAndFacetsCountTheFilteredSet() {
		SignedIn owner = users.employer();
		UUID company = SearchFixtures.company(mvc, directory, owner, "Filter Co");
		UUID category = SearchFixtures.category(mvc, 0);
		UUID other = SearchFixtures.category(mvc, 1);
		UUID nurse = published(mvc, owner, job(company, category, "Nurse", "Wards.").with("skills",
				List.of(Map.of("name", "Triage " + SearchFixtures.word()))));
		UUID remote = published(mvc, owner,
				job(company, other, "Nurse consultant", "Calls.").with("remote_option", "remote")
					.with("job_type", "part_time")
					.with("experience_level", "senior")
					.with("location", Map.of("city", "Berlin", "country", "DE"))
					.with("salary_min", 6000)
					.with("salary_max", 8000)
					.with("salary_currency", "usd"));
		UUID unpaid = published(mvc, owner,
				job(company, category, "Nurse trainee", "Learn.").without("salary_min")
					.without("salary_max")
					.without("salary_currency"));
		String mine = "?company=" + company;
		assertThat(ids(mvc, mine + "&category=" + other)).containsExactly(remote.toString());
		assertThat(ids(mvc, mine + "&job_type=part_time")).containsExactly(remote.toString());
		assertThat(ids(mvc, mine + "&job_type=part_time,full_time")).hasSize(3);
		assertThat(ids(mvc, mine + "&experience_level=senior")).containsExactly(remote.toString());
		assertThat(ids(mvc, mine + "&remote_option=remote")).containsExactly(remote.toString());
		assertThat(ids(mvc, mine + "&location=berlin")).containsExactly(remote.toString());
		assertThat(ids(mvc, mine + "&location=NL")).containsExactlyInAnyOrder(nurse.toString(), unpaid.toString());
		assertThat(ids(mvc, mine + "&salary_min=5000")).containsExactly(remote.toString());
		assertThat(ids(mvc, mine + "&salary_max=5000")).containsExactly(nurse.toString());
		assertThat(ids(mvc, mine + "&currency=USD")).containsExactly(remote.toString());
		assertThat(ids(mvc, mine + "&company_type=hospital&facility_type=public")).hasSize(3);
		assertThat(ids(mvc, mine + "&company_type=agency")).isEmpty();
		assertThat(ids(mvc, mine + "&posted_within_days=1")).hasSize(3);
		assertThat(ids(mvc, mine + "&featured=true")).isEmpty();
		String skill = Api.read(Api.get(mvc, JOBS + "/" + nurse, null), "$.skills[0].skill.id");
		assertThat(ids(mvc, mine + "&skills=" + skill)).containsExactly(nurse.toString());
		assertThat(ids(mvc, mine + "&sort=salary")).containsExactly(remote.toString(), nurse.toString(),
				unpaid.toString());

		MvcTestResult faceted = search(mvc, mine
				+ "&q=nurse&facets=job_type,experience_level,remote_option,category,company,skills,salary_range,city");
		assertThat(faceted).hasStatusOk();
		assertThat(faceted).bodyJson().extractingPath("$.count").isEqualTo(3);
		assertThat(faceted).bodyJson()
			.extractingPath("$.facets.job_type[?(@.value == 'full_time')].count")
			.asArray()
			.containsExactly(2);
		assertThat(faceted).bodyJson()
			.extractingPath("$.facets.job_type[?(@.value == 'full_time')].label")
			.asArray()
			.containsExactly("Full time");
		assertThat(faceted).bodyJson().extractingPath("$.facets.company[0].label").asString().startsWith("Filter Co");
		assertThat(faceted).bodyJson().extractingPath("$.facets.city[*].value").asArray().contains("Utrecht", "Berlin");
		assertThat(faceted).bodyJson()
			.extractingPath("$.facets.salary_range[?(@.value == '2500-5000')].count")
			.asArray()
			.containsExactly(1);
		assertThat(faceted).bodyJson().extractingPath("$.facets.skills[0].value").isEqualTo(skill);
		// a facet's count is what its filter finds
		assertThat(ids(mvc, mine + "&q=nurse&job_type=full_time")).hasSize(2);
		MvcTestResult narrowed = search(mvc, mine + "&q=nurse&job_type=full_time&facets=remote_option");
		assertThat(narrowed).bodyJson().extractingPath("$.facets.remote_option[0].value").isEqualTo("on_site");
		assertThat(narrowed).bodyJson().extractingPath("$.facets.remote_option[0].count").isEqualTo(2);
	}

	@Test
	void aGeoRadiusIncludesAndExcludesByDistance() {
		SignedIn owner = users.employer();
		UUID company = SearchFixtures.company(mvc, directory, owner, "Geo Co");
		UUID category = SearchFixtures.category(mvc, 0);
		UUID utrecht = published(mvc, owner, job(company, category, "Utrecht job", "Here."));
		UUID amsterdam = published(mvc, owner, job(company, category, "Amsterdam job", "There.").with("location",
				Map.of("city", "Amsterdam", "country", "NL", "latitude", 52.3676, "longitude", 4.9041)));
		UUID nowhere = published(mvc, owner,
				job(company, category, "Remote job", "Anywhere.").without("location").with("remote_option", "remote"));
		String mine = "?company=" + company;
		// from Utrecht Centraal: Utrecht is 1 km away, Amsterdam 35 km
		String near = mine + "&lat=52.0894&lon=5.1100";
		assertThat(ids(mvc, near + "&radius_km=10")).containsExactly(utrecht.toString());
		assertThat(ids(mvc, near + "&radius_km=50&sort=distance")).containsExactly(utrecht.toString(),
				amsterdam.toString());
		assertThat(ids(mvc, mine + "&lat=52.37&lon=4.90&radius_km=50&sort=distance"))
			.containsExactly(amsterdam.toString(), utrecht.toString());
		assertThat(ids(mvc, mine)).contains(nowhere.toString());
	}

	@Test
	void draftsClosedAndExpiredJobsNeverAppear() {
		SignedIn owner = users.employer();
		UUID company = SearchFixtures.company(mvc, directory, owner, "Lifecycle Co");
		UUID category = SearchFixtures.category(mvc, 0);
		String mine = "?company=" + company;
		UUID draft = SearchFixtures.draft(mvc, owner, job(company, category, "Draft nurse", "Draft."));
		UUID closed = published(mvc, owner, job(company, category, "Closed nurse", "Soon closed."));
		UUID expired = published(mvc, owner, job(company, category, "Expired nurse", "Expired."));
		UUID open = published(mvc, owner, job(company, category, "Open nurse", "Open."));

		assertThat(Api.post(mvc, JOBS + "/" + closed + "/close", owner.bearer(), "{}")).hasStatusOk();
		awaitSearchable(mvc, company.toString(), closed, false);
		expireInTheIndex(expired);

		assertThat(ids(mvc, mine + "&q=nurse")).containsExactly(open.toString());
		assertThat(ids(mvc, mine)).containsExactly(open.toString()).doesNotContain(draft.toString());
		assertThat(Api.get(mvc, JOBS + "/" + expired + "/similar", null)).hasStatus(404);
	}

	@Test
	void indexingFollowsEdits() {
		SignedIn owner = users.employer();
		UUID company = SearchFixtures.company(mvc, directory, owner, "Edit Co");
		UUID category = SearchFixtures.category(mvc, 0);
		String word = SearchFixtures.word();
		UUID job = published(mvc, owner, job(company, category, "Welder", "Weld."));
		assertThat(Api.patch(mvc, JOBS + "/" + job, owner.bearer(), "{\"title\": \"Welder " + word + "\"}"))
			.hasStatusOk();
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> ids(mvc, "?q=" + word + "&company=" + company).contains(job.toString()));
		assertThat(Api.delete(mvc, JOBS + "/" + job, owner.bearer(), "{}")).hasStatusOk();
		awaitSearchable(mvc, company.toString(), job, false);
	}

	/**
	 * The count and the facets cover every hit, not the page: five nurses on pages of
	 * two, with and without facets.
	 */
	@Test
	void countAndFacetsCoverEveryHitBeyondThePage() {
		SignedIn owner = users.employer();
		UUID company = SearchFixtures.company(mvc, directory, owner, "Count Co");
		UUID category = SearchFixtures.category(mvc, 0);
		for (int i = 0; i < 5; i++) {
			published(mvc, owner, job(company, category, "Counted nurse " + i, "Wards.").with("job_type",
					(i < 2) ? "part_time" : "full_time"));
		}
		String query = "?q=nurse&company=" + company + "&page_size=2";
		assertThat(search(mvc, query)).bodyJson().extractingPath("$.count").isEqualTo(5);
		MvcTestResult faceted = search(mvc, query + "&facets=job_type");
		assertThat(faceted).bodyJson().extractingPath("$.count").isEqualTo(5);
		assertThat(faceted).bodyJson().extractingPath("$.results.length()").isEqualTo(2);
		assertThat(faceted).bodyJson().extractingPath("$.facets.job_type[*].count").isEqualTo(List.of(3, 2));
	}

	/**
	 * A search's results are kept a few seconds, but a job indexed meanwhile is found by
	 * the very next search, and a closed one is gone from it.
	 */
	@Test
	void aKeptSearchIsForgottenWhenAJobIsIndexed() {
		SignedIn owner = users.employer();
		UUID company = SearchFixtures.company(mvc, directory, owner, "Tally Co");
		UUID category = SearchFixtures.category(mvc, 0);
		UUID first = published(mvc, owner, job(company, category, "Tallied nurse", "Wards."));
		String query = "?q=nurse&facets=job_type&company=" + company;
		assertThat(Api.<Integer>read(search(mvc, query), "$.count")).isEqualTo(1);
		UUID second = published(mvc, owner, job(company, category, "Tallied nurse two", "Wards."));
		MvcTestResult again = search(mvc, query);
		assertThat(Api.<Integer>read(again, "$.count")).isEqualTo(2);
		assertThat(Api.<List<Integer>>read(again, "$.facets.job_type[*].count")).containsExactly(2);

		// behind the index's back (nothing forgets the kept search): one copy gone, one
		// expired; the kept page shows neither
		jdbc.update("delete from search_job_skills where job_id = ?", first);
		jdbc.update("delete from search_jobs where id = ?", first);
		Instant past = Instant.now().minus(1, ChronoUnit.MINUTES);
		jdbc.update("update search_jobs set expires_at = ?, open_until = ? where id = ?", java.sql.Timestamp.from(past),
				java.sql.Timestamp.from(past), second);
		assertThat(ids(mvc, query)).isEmpty();
	}

	/**
	 * A refresh that read the copy before another refresh committed a newer one fails on
	 * the copy's version, instead of writing its older state over the newer one.
	 */
	@Test
	void aWriteOverANewerCopyFailsOnItsVersion() {
		SignedIn owner = users.employer();
		UUID company = SearchFixtures.company(mvc, directory, owner, "Version Co");
		UUID category = SearchFixtures.category(mvc, 0);
		UUID job = published(mvc, owner, job(company, category, "Version nurse", "Wards."));
		long before = documents.findVersion(job).orElseThrow();
		// the job changes without an event: only the refresh below copies it
		jdbc.update("update jobs set title = 'Renamed nurse' where id = ?", job);
		assertThatThrownBy(() -> transactions.executeWithoutResult((status) -> {
			JobDocument older = documents.findById(job).orElseThrow();
			assertThat(projection.refresh(job)).contains(before + 1);
			documents.delete(older);
			documents.flush();
		})).isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(documents.findById(job)).get().extracting(JobDocument::title).isEqualTo("Renamed nurse");
	}

	/**
	 * Moves the job's expiry into the past where search reads it (the jobs table's own
	 * copy is the jobs module's business), and indexes that.
	 */
	private void expireInTheIndex(UUID job) {
		Instant past = Instant.now().minus(1, ChronoUnit.MINUTES);
		jdbc.update("update search_jobs set expires_at = ?, open_until = ? where id = ?", java.sql.Timestamp.from(past),
				java.sql.Timestamp.from(past), job);
		transactions.executeWithoutResult((status) -> Search.session(entityManager)
			.indexingPlan()
			.addOrUpdate(entityManager.find(JobDocument.class, job)));
	}

}
