package io.openhire.companies;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.openhire.Api;
import io.openhire.Statements;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.openhire.companies.CompanyClient.COMPANIES;
import static io.openhire.companies.CompanyClient.create;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /companies}: each filter, pages, and a constant number of statements per
 * page. Tests share the database, so each narrows the list by a word of its own.
 */
@ApiTest
class CompanyListTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Statements statements;

	@Autowired
	TestUsers users;

	@Autowired
	CompanyDirectory directory;

	@Test
	void filtersByTextTypeIndustrySizeCityCountryAndVerification() {
		String word = word();
		SignedIn owner = users.employer();
		UUID hospital = create(mvc, owner,
				CompanyJson.hospital().with("name", "Hospital " + word).with("industry", "Health Care"));
		UUID agency = create(mvc, owner,
				CompanyJson.company()
					.with("name", "Agency " + word)
					.with("type", "agency")
					.with("size", "11-50")
					.with("industry", "Staffing")
					.with("headquarters", Map.of("city", "Berlin", "country", "DE")));
		directory.changeVerificationStatus(agency, io.openhire.shared.VerificationStatus.VERIFIED);

		assertThat(ids("?q=" + word.toUpperCase())).containsExactly(agency.toString(), hospital.toString());
		assertThat(ids("?q=" + word + "&type=hospital")).containsExactly(hospital.toString());
		assertThat(ids("?q=" + word + "&industry=health care")).containsExactly(hospital.toString());
		assertThat(ids("?q=" + word + "&size=11-50")).containsExactly(agency.toString());
		assertThat(ids("?q=" + word + "&city=AMSTERDAM")).containsExactly(hospital.toString());
		assertThat(ids("?q=" + word + "&country=de")).containsExactly(agency.toString());
		assertThat(ids("?q=" + word + "&verified=true")).containsExactly(agency.toString());
		assertThat(ids("?q=" + word + "&verified=false")).containsExactly(hospital.toString());
		assertThat(ids("?q=" + word + "&type=clinic")).isEmpty();
	}

	@Test
	void qMatchesLiterallyWithoutWildcards() {
		String word = word();
		UUID percent = create(mvc, users.employer(), CompanyJson.company().with("name", "100% " + word));
		create(mvc, users.employer(), CompanyJson.company().with("name", "100 " + word));
		assertThat(ids("?q=100% " + word)).containsExactly(percent.toString());
	}

	@Test
	void badFiltersAreRefused() {
		assertThat(Api.get(mvc, COMPANIES + "?type=castle", null)).bodyJson()
			.extractingPath("$.errors.type")
			.asArray()
			.isNotEmpty();
		assertThat(Api.get(mvc, COMPANIES + "?size=big", null)).bodyJson()
			.extractingPath("$.errors.size")
			.asArray()
			.isNotEmpty();
		assertThat(Api.get(mvc, COMPANIES + "?verified=perhaps", null)).hasStatus(400);
		assertThat(Api.get(mvc, COMPANIES + "?country=NLD", null)).hasStatus(400);
		assertThat(Api.get(mvc, COMPANIES + "?q=" + "x".repeat(101), null)).hasStatus(400);
		assertThat(Api.get(mvc, COMPANIES + "?page_size=101", null)).hasStatus(400);
	}

	@Test
	void pagesCarryCountAndLinks() {
		String word = word();
		SignedIn owner = users.employer();
		for (int i = 0; i < 3; i++) {
			create(mvc, owner, CompanyJson.company().with("name", word + " " + i));
		}
		MvcTestResult first = Api.get(mvc, COMPANIES + "?q=" + word + "&page_size=2", null);
		assertThat(first).bodyJson().extractingPath("$.count").isEqualTo(3);
		assertThat(first).bodyJson().extractingPath("$.results").asArray().hasSize(2);
		assertThat(first).bodyJson().extractingPath("$.previous").isNull();
		assertThat(first).bodyJson().extractingPath("$.next").asString().startsWith("http").contains("page=2");
		MvcTestResult second = Api.get(mvc, COMPANIES + "?q=" + word + "&page_size=2&page=2", null);
		assertThat(second).bodyJson().extractingPath("$.results[0].name").isEqualTo(word + " 2");
		assertThat(second).bodyJson().extractingPath("$.next").isNull();
	}

	@Test
	void aPageCostsTheSameFewStatementsWhateverItHolds() {
		String word = word();
		SignedIn owner = users.employer();
		create(mvc, owner, CompanyJson.hospital().with("name", word + " first"));
		long one = statementsFor("?q=" + word);
		for (int i = 0; i < 12; i++) {
			create(mvc, owner, CompanyJson.hospital().with("name", word + " " + i));
		}
		long thirteen = statementsFor("?q=" + word + "&page_size=50");
		assertThat(one).isBetween(1L, 2L);
		assertThat(thirteen).isEqualTo(one);
	}

	private long statementsFor(String query) {
		return statements.of(() -> assertThat(Api.get(mvc, COMPANIES + query, null)).hasStatusOk());
	}

	private List<String> ids(String query) {
		MvcTestResult result = Api.get(mvc, COMPANIES + query, null);
		assertThat(result).hasStatusOk();
		return Api.read(result, "$.results[*].id");
	}

	private static String word() {
		return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	}

}
