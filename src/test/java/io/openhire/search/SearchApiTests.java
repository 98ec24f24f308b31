package io.openhire.search;

import java.time.Duration;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

import static io.openhire.search.SearchFixtures.JOBS;
import static io.openhire.search.SearchFixtures.ids;
import static io.openhire.search.SearchFixtures.job;
import static io.openhire.search.SearchFixtures.published;
import static io.openhire.search.SearchFixtures.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bad input, suggestions, similar jobs, advanced search, reindexing and health.
 */
@ApiTest
class SearchApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CompanyDirectory directory;

	@Autowired
	ReindexCommand reindex;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.core.env.Environment environment;

	@Test
	void badInputIsA400NeverA500() {
		assertInvalid("?page_size=101", "page_size");
		assertInvalid("?page=0", "page");
		assertInvalid("?lat=52.1&lon=5.1&radius_km=-1", "radius_km");
		assertInvalid("?lat=52.1", "lon");
		assertInvalid("?radius_km=5", "radius_km");
		assertInvalid("?lat=abc&lon=5", "lat");
		assertInvalid("?facets=job_type,bogus", "facets");
		assertInvalid("?sort=distance", "sort");
		assertInvalid("?sort=cheapest", "sort");
		assertInvalid("?job_type=astronaut", "job_type");
		assertInvalid("?company=not-an-id", "company");
		assertInvalid("?q=" + "x".repeat(10_240), "q");
		for (String syntax : List.of("title:(a OR", "*", "\"", "a AND OR NOT (", "~2^3", "\\", "[* TO *]")) {
			assertThat(mvc.get().uri(SearchFixtures.SEARCH).param("q", syntax).exchange()).as(syntax).hasStatusOk();
		}
		assertThat(Api.post(mvc, "/api/v1/jobs/advanced-search", null, "{\"bogus\": 1}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.code")
			.isEqualTo("unknown_field");
		assertThat(Api.post(mvc, "/api/v1/jobs/advanced-search", null, "{\"page_size\": 500}")).hasStatus(400);
		assertThat(Api.get(mvc, "/api/v1/jobs/search/suggest", null)).hasStatus(400);
		assertThat(Api.get(mvc, "/api/v1/jobs/search/suggest?q=" + "x".repeat(200), null)).hasStatus(400);
		assertThat(Api.get(mvc, JOBS + "/" + UUID.randomUUID() + "/similar", null)).hasStatus(404);
		assertThat(Api.get(mvc, JOBS + "/not-an-id/similar", null)).hasStatus(400);
	}

	@Test
	void advancedSearchTakesTheSameParametersAsJson() {
		SignedIn owner = users.employer();
		UUID company = SearchFixtures.company(mvc, directory, owner, "Advanced Co");
		UUID category = SearchFixtures.category(mvc, 0);
		UUID full = published(mvc, owner, job(company, category, "Pharmacist", "Pills."));
		UUID part = published(mvc, owner,
				job(company, category, "Pharmacist assistant", "Pills.").with("job_type", "part_time"));
		published(mvc, owner, job(company, category, "Pharmacist intern", "Pills.").with("job_type", "internship"));
		MvcTestResult result = Api.post(mvc, "/api/v1/jobs/advanced-search", null, """
				{"q": "pharmacist", "company": ["%s"], "job_type": ["full_time", "part_time"],
				 "facets": ["job_type"], "page": 1, "page_size": 10}""".formatted(company));
		assertThat(result).hasStatusOk();
		List<String> found = Api.read(result, "$.results[*].id");
		assertThat(found).containsExactlyInAnyOrder(full.toString(), part.toString());
		assertThat(result).bodyJson().extractingPath("$.facets.job_type").asArray().hasSize(2);
		assertThat(result).bodyJson().extractingPath("$.next").isNull();
	}

	@Test
	void pagesLinkToTheirNeighbours() {
		SignedIn owner = users.employer();
		UUID company = SearchFixtures.company(mvc, directory, owner, "Pages Co");
		UUID category = SearchFixtures.category(mvc, 0);
		for (int i = 0; i < 3; i++) {
			published(mvc, owner, job(company, category, "Porter " + i, "Carry."));
		}
		MvcTestResult first = search(mvc, "?q=porter&page_size=2&company=" + company);
		assertThat(first).bodyJson().extractingPath("$.count").isEqualTo(3);
		assertThat(first).bodyJson().extractingPath("$.next").asString().contains("page=2");
		MvcTestResult second = search(mvc, "?q=porter&page_size=2&page=2&company=" + company);
		assertThat(second).bodyJson().extractingPath("$.results").asArray().hasSize(1);
		assertThat(second).bodyJson().extractingPath("$.previous").asString().contains("page=1");
	}

	@Test
	void suggestionsCompleteTitlesSkillsCompaniesAndPlaces() {
		SignedIn owner = users.employer();
		String word = SearchFixtures.word();
		UUID company = SearchFixtures.company(mvc, directory, owner, "Quokka" + word);
		UUID category = SearchFixtures.category(mvc, 0);
		String skill = "Xylography" + word;
		published(mvc, owner,
				job(company, category, "Xylographer " + word, "Carve.").with("skills", List.of(Map.of("name", skill)))
					.with("location", Map.of("city", "Xanten" + word, "country", "DE")));
		// the suggestions are rebuilt in the background after a change
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(suggestions("xylograph")).contains(
					Map.of("text", "Xylographer " + word, "type", "title"), Map.of("text", skill, "type", "skill")));
		assertThat(suggestions("quokka" + word.substring(0, 3))).contains(Map.of("text",
				Api.read(Api.get(mvc, "/api/v1/companies/" + company, null), "$.name"), "type", "company"));
		assertThat(suggestions("xanten" + word)).contains(Map.of("text", "Xanten" + word, "type", "location"));
		// one typo from four letters on
		assertThat(suggestions("xylpgraph")).contains(Map.of("text", skill, "type", "skill"));
		assertThat(suggestions("***")).isEmpty();
	}

	@Test
	void suggestionsRankByOpenJobsAndForgetClosedOnes() {
		SignedIn owner = users.employer();
		String word = SearchFixtures.word();
		UUID company = SearchFixtures.company(mvc, directory, owner, "Ranked Co " + word);
		UUID category = SearchFixtures.category(mvc, 0);
		String rare = "Zymurgist " + word + " Junior";
		String common = "Zymurgist " + word + " Senior";
		SearchFixtures.published(mvc, owner, job(company, category, rare, "Brew."));
		UUID first = SearchFixtures.published(mvc, owner, job(company, category, common, "Brew."));
		UUID second = SearchFixtures.published(mvc, owner, job(company, category, common, "Brew."));
		Map<String, String> rareTitle = Map.of("text", rare, "type", "title");
		Map<String, String> commonTitle = Map.of("text", common, "type", "title");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(suggestions("zymurgist " + word)).containsExactly(commonTitle, rareTitle));
		for (UUID job : List.of(first, second)) {
			assertThat(Api.post(mvc, JOBS + "/" + job + "/close", owner.bearer(), "{}")).hasStatusOk();
		}
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(suggestions("zymurgist " + word)).containsExactly(rareTitle));
	}

	@Test
	void similarJobsShareTitleSkillsOrDescriptionAndFewComeFromTheSameCompany() {
		SignedIn owner = users.employer();
		String word = SearchFixtures.word();
		UUID company = SearchFixtures.company(mvc, directory, owner, "Similar Co");
		UUID otherCompany = SearchFixtures.company(mvc, directory, owner, "Other Similar Co");
		UUID category = SearchFixtures.category(mvc, 0);
		UUID source = published(mvc, owner, job(company, category, "Glassblower " + word, "Blow glass " + word));
		for (int i = 0; i < 5; i++) {
			published(mvc, owner, job(company, category, "Glassblower " + word + " " + i, "Blow glass " + word));
		}
		UUID elsewhere = published(mvc, owner,
				job(otherCompany, category, "Glassblower " + word + " abroad", "Blow glass " + word));
		MvcTestResult result = Api.get(mvc, JOBS + "/" + source + "/similar", null);
		assertThat(result).hasStatusOk();
		List<String> found = Api.read(result, "$.results[*].id");
		List<String> companies = Api.read(result, "$.results[*].company.id");
		assertThat(found).doesNotContain(source.toString()).contains(elsewhere.toString()).hasSizeLessThanOrEqualTo(10);
		assertThat(companies.stream().filter(company.toString()::equals)).hasSize(3);
	}

	@Test
	void reindexRebuildsTheIndexFromThePublishedJobs() {
		SignedIn owner = users.employer();
		UUID company = SearchFixtures.company(mvc, directory, owner, "Reindex Co");
		UUID category = SearchFixtures.category(mvc, 0);
		UUID job = published(mvc, owner, job(company, category, "Cooper", "Barrels."));
		UUID closed = published(mvc, owner, job(company, category, "Cooper apprentice", "Barrels too."));
		// behind search's back: a copy lost, and a job closed without an event
		jdbc.update("delete from search_job_skills where job_id = ?", job);
		jdbc.update("delete from search_jobs where id = ?", job);
		jdbc.update("update jobs set status = 'CLOSED' where id = ?", closed);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = reindex.run(Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
		assertThat(exit).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Reindexed").contains("Indexed");
		assertThat(ids(mvc, "?q=cooper&company=" + company)).containsExactly(job.toString());
		assertThat(jdbc.queryForObject("select count(*) from search_jobs where id = ?", Long.class, closed)).isZero();
	}

	@Test
	void healthReportsTheSearchIndex() {
		MvcTestResult health = Api.get(mvc, "/health/search", null);
		assertThat(health).hasStatusOk();
		assertThat(health).bodyJson().extractingPath("$.details.indexed_types").isEqualTo(2);
		// lucene, or elasticsearch in the "opensearch" profile: the tests ran on the
		// backend asked for
		assertThat(health).bodyJson()
			.extractingPath("$.details.backend")
			.isEqualTo(environment.getProperty("openhire.search.backend"));
		assertThat(health).bodyJson().extractingPath("$.details.documents").isNotNull();
	}

	@Test
	void theOpenApiDocumentDescribesTheSearchEndpoints() {
		MvcTestResult schema = Api.get(mvc, "/api/schema", null);
		assertThat(schema).hasStatusOk();
		for (String path : List.of("/api/v1/jobs/search", "/api/v1/jobs/search/suggest", "/api/v1/jobs/advanced-search",
				"/api/v1/jobs/{id}/similar")) {
			assertThat(schema).bodyJson().extractingPath("$.paths['" + path + "']").as(path).isNotNull();
		}
	}

	private List<Map<String, String>> suggestions(String q) {
		MvcTestResult result = mvc.get().uri("/api/v1/jobs/search/suggest").param("q", q).exchange();
		assertThat(result).hasStatusOk();
		return Api.read(result, "$.suggestions");
	}

	@Test
	void everyValueOfTheWrongTypeIsNamedInOneAnswer() {
		MvcTestResult result = search(mvc, "?lat=abc&lon=5&page_size=1.5&highlight=maybe");
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("validation_failed");
		assertThat(result).bodyJson().extractingPath("$.errors.lat").isEqualTo(List.of("Must be a number."));
		assertThat(result).bodyJson()
			.extractingPath("$.errors.page_size")
			.isEqualTo(List.of("Must be a whole number."));
		assertThat(result).bodyJson().extractingPath("$.errors.highlight").isEqualTo(List.of("Must be true or false."));
		assertThat(search(mvc, "?job_type=full_time,part_time&job_type=contract&highlight=yes")).hasStatusOk();
	}

	@Test
	void theSchemaListsTheQueryParametersOfTheSearch() {
		MvcTestResult schema = mvc.get().uri("/api/schema").exchange();
		List<String> names = Api.read(schema, "$.paths['/api/v1/jobs/search'].get.parameters[*].name");
		assertThat(names)
			.contains("q", "job_type", "experience_level", "lat", "radius_km", "posted_within_days", "facets",
					"highlight", "page", "page_size")
			.doesNotContain("jobType", "pageSize", "request");
	}

	private void assertInvalid(String query, String field) {
		MvcTestResult result = search(mvc, query);
		assertThat(result).as(query).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("validation_failed");
		assertThat(result).bodyJson().extractingPath("$.errors." + field).isNotNull();
	}

}
