package io.openhire.search;

import java.time.Duration;
import java.time.Instant;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.support.TransactionTemplate;

import static io.openhire.search.SearchFixtures.ids;
import static io.openhire.search.SearchFixtures.job;
import static io.openhire.search.SearchFixtures.published;
import static io.openhire.search.SearchFixtures.search;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Relevance on a fixed corpus made here, in a company of its own: field weights, typos,
 * stemming, phrases, did-you-mean and highlights.
 */
@ApiTest
class SearchRelevanceTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CompanyDirectory directory;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	SignedIn owner;

	UUID company;

	UUID category;

	String mine;

	UUID pythonTitle;

	UUID pythonDescription;

	UUID nurse;

	UUID dutchNurse;

	UUID plumber;

	@BeforeEach
	void corpus() {
		owner = users.employer();
		company = SearchFixtures.company(mvc, directory, owner, "Relevance Co");
		category = SearchFixtures.category(mvc, 0);
		mine = "&company=" + company;
		pythonDescription = published(mvc, owner, job(company, category, "Backend Engineer",
				"You will maintain services written in Python and Go for our data platform."));
		pythonTitle = published(mvc, owner,
				job(company, category, "Python Developer", "Build web services for our clients."));
		nurse = published(mvc, owner, job(company, category, "Registered Nurse",
				"Care for patients on the cardiology ward, day and night shifts."));
		dutchNurse = published(mvc, owner,
				job(company, category, "Verpleegkundige cardiologie", "Wij zoeken collega's voor onze afdelingen."));
		plumber = published(mvc, owner, job(company, category, "Plumber", "Install and repair pipes in new houses.")
			.with("skills", List.of(Map.of("name", "Soldering"))));
	}

	@Test
	void anExactTitleBeatsADescriptionOnlyMatch() {
		assertThat(ids(mvc, "?q=python" + mine)).containsExactly(pythonTitle.toString(), pythonDescription.toString());
	}

	@Test
	void typosStillFind() {
		assertThat(ids(mvc, "?q=pyhton" + mine)).startsWith(pythonTitle.toString());
		assertThat(ids(mvc, "?q=nurce" + mine)).contains(nurse.toString());
		assertThat(ids(mvc, "?q=plumbr" + mine)).containsExactly(plumber.toString());
	}

	@Test
	void shortWordsMustBeExact() {
		assertThat(ids(mvc, "?q=go" + mine)).containsExactly(pythonDescription.toString());
		assertThat(ids(mvc, "?q=gx" + mine)).isEmpty();
	}

	@Test
	void stemmingMatchesOtherFormsOfAWord() {
		assertThat(ids(mvc, "?q=nursing" + mine)).contains(nurse.toString());
		assertThat(ids(mvc, "?q=patient" + mine)).containsExactly(nurse.toString());
		assertThat(ids(mvc, "?q=verpleegkundigen" + mine)).containsExactly(dutchNurse.toString());
	}

	@Test
	void skillsAreSearched() {
		assertThat(ids(mvc, "?q=soldering" + mine)).containsExactly(plumber.toString());
	}

	@Test
	void everyWordOfAShortQueryMustMatch() {
		assertThat(ids(mvc, "?q=python+developer" + mine)).containsExactly(pythonTitle.toString());
		assertThat(ids(mvc, "?q=python+plumber" + mine)).isEmpty();
	}

	@Test
	void aQueryThatFindsLittleGetsADidYouMean() {
		MvcTestResult typo = search(mvc, "?q=pyhton+develoepr" + mine);
		assertThat(typo).hasStatusOk();
		assertThat((String) Api.read(typo, "$.suggestion")).isEqualTo("python developer");
		MvcTestResult plenty = search(mvc, "?q=python" + mine);
		assertThat((Object) Api.read(plenty, "$.suggestion")).isNull();
	}

	@Test
	void highlightsMarkTheMatchedWords() {
		MvcTestResult result = search(mvc, "?q=night+shifts&highlight=true" + mine);
		assertThat(result).hasStatusOk();
		List<String> description = Api.read(result, "$.results[0].highlights.description");
		assertThat(description).singleElement().asString().contains("<em>shifts</em>");
		assertThat((Object) Api.read(search(mvc, "?q=cardiology" + mine), "$.results[0].highlights")).isNull();
	}

	@Test
	void aFeaturedJobRanksAboveAnEqualOne() {
		// the featured job is the older one: only its boost can put it first
		UUID featured = published(mvc, owner, job(company, category, "Baker", "Bread."));
		UUID plain = published(mvc, owner, job(company, category, "Baker", "Bread."));
		assertThat(
				Api.patch(mvc, SearchFixtures.JOBS + "/" + featured, users.admin().bearer(), "{\"is_featured\": true}"))
			.hasStatusOk();
		await().atMost(Duration.ofSeconds(20))
			.until(() -> ids(mvc, "?featured=true" + mine).contains(featured.toString()));
		assertThat(ids(mvc, "?q=baker" + mine)).containsExactly(featured.toString(), plain.toString());
		assertThat(ids(mvc, "?q=baker&sort=date" + mine)).containsExactly(plain.toString(), featured.toString());
	}

	@Test
	void theCompanyNameWeighsLessThanTheDescription() {
		UUID mentions = published(mvc, owner, job(company, category, "Editor", "Relevance is what our readers want."));
		assertThat(ids(mvc, "?q=relevance" + mine)).hasSize(6).first().isEqualTo(mentions.toString());
	}

	@Test
	void aRecentJobScoresAboveAnEqualOlderOne() {
		UUID older = published(mvc, owner, job(company, category, "Cooper", "Barrels."));
		UUID recent = published(mvc, owner, job(company, category, "Cooper", "Barrels."));
		transactions.executeWithoutResult((status) -> {
			entityManager.createNativeQuery("update search_jobs set published_at = :at where id = :id")
				.setParameter("at", Instant.now().minus(Duration.ofDays(30)))
				.setParameter("id", older)
				.executeUpdate();
			Search.session(entityManager).indexingPlan().addOrUpdate(entityManager.find(JobDocument.class, older));
		});
		await().atMost(Duration.ofSeconds(20))
			.until(() -> Api.read(search(mvc, "?q=cooper&sort=date" + mine), "$.results[1].id"),
					older.toString()::equals);
		MvcTestResult found = search(mvc, "?q=cooper" + mine);
		assertThat((List<String>) Api.read(found, "$.results[*].id")).containsExactly(recent.toString(),
				older.toString());
		double recentScore = Api.read(found, "$.results[0].score");
		double olderScore = Api.read(found, "$.results[1].score");
		assertThat(recentScore - olderScore).as("2 × 7 / (7 + 0) − 2 × 7 / (7 + 30) days, about 1.6")
			.isBetween(1.4, 1.7);
	}

	@Test
	void resultsCarryTheJobSummaryAndAScore() {
		MvcTestResult result = search(mvc, "?q=plumber" + mine);
		assertThat(result).bodyJson().extractingPath("$.results[0].title").isEqualTo("Plumber");
		assertThat(result).bodyJson().extractingPath("$.results[0].company.name").asString().startsWith("Relevance Co");
		assertThat(result).bodyJson().extractingPath("$.results[0].skills[0].skill.name").isEqualTo("Soldering");
		assertThat(result).bodyJson().extractingPath("$.results[0].status").isEqualTo("published");
		assertThat((Double) Api.read(result, "$.results[0].score")).isPositive();
		assertThat((Integer) Api.read(result, "$.took_ms")).isNotNegative();
	}

}
