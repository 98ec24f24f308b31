package io.openhire.profiles;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.openhire.profiles.CandidateProfileTests.assertInvalid;
import static io.openhire.profiles.ProfileApi.EMPLOYER_ME;
import static io.openhire.profiles.ProfileApi.put;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /employers/me}: the caller's employer profile. */
@ApiTest
class EmployerProfileTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Test
	void startsWithTheAccountsNames() {
		SignedIn employer = users.employer();
		MvcTestResult mine = Api.get(mvc, EMPLOYER_ME, employer.bearer());
		assertThat(mine).hasStatusOk();
		assertThat(mine).bodyJson().extractingPath("$.user_id").isEqualTo(employer.id().toString());
		assertThat(mine).bodyJson().extractingPath("$.first_name").isEqualTo("Test");
		assertThat(mine).bodyJson().extractingPath("$.last_name").isEqualTo("employer");
		assertThat(mine).bodyJson().extractingPath("$.companies").asArray().isEmpty();
		assertThat(mine).bodyJson().extractingPath("$.phone").isNull();
	}

	@Test
	void listsTheCompaniesTheEmployerBelongsTo() {
		SignedIn employer = users.employer();
		String name = "Profiles Clinic " + java.util.UUID.randomUUID();
		MvcTestResult company = Api.post(mvc, "/api/v1/companies", employer.bearer(),
				"{\"name\": \"%s\", \"type\": \"clinic\"}".formatted(name));
		assertThat(company).hasStatus(201);
		MvcTestResult mine = Api.get(mvc, EMPLOYER_ME, employer.bearer());
		assertThat(mine).bodyJson().extractingPath("$.companies").asArray().hasSize(1);
		assertThat(mine).bodyJson().extractingPath("$.companies[0].id").isEqualTo(Api.read(company, "$.id"));
		assertThat(mine).bodyJson().extractingPath("$.companies[0].name").isEqualTo(name);
		assertThat(mine).bodyJson().extractingPath("$.companies[0].member_role").isEqualTo("owner");
	}

	@Test
	void putReplacesAndPatchChangesTheGivenFields() {
		SignedIn employer = users.employer();
		MvcTestResult saved = put(mvc, EMPLOYER_ME, employer.bearer(),
				"""
						{"first_name": "Ada", "last_name": "Byron", "phone": "+31 20 123 4567",
						 "position_title": "Recruiter", "bio": "<b>Hiring</b>", "linkedin_url": "https://linkedin.com/in/ada"}""");
		assertThat(saved).hasStatusOk();
		assertThat(saved).bodyJson().extractingPath("$.phone").isEqualTo("+31201234567");
		assertThat(saved).bodyJson().extractingPath("$.bio").isEqualTo("<b>Hiring</b>");

		MvcTestResult patched = Api.patch(mvc, EMPLOYER_ME, employer.bearer(), "{\"position_title\": \"Head of HR\"}");
		assertThat(patched).hasStatusOk();
		assertThat(patched).bodyJson().extractingPath("$.position_title").isEqualTo("Head of HR");
		assertThat(patched).bodyJson().extractingPath("$.first_name").isEqualTo("Ada");
		assertThat(patched).bodyJson().extractingPath("$.phone").isEqualTo("+31201234567");

		MvcTestResult replaced = put(mvc, EMPLOYER_ME, employer.bearer(),
				"{\"first_name\": \"Ada\", \"last_name\": \"Lovelace\"}");
		assertThat(replaced).bodyJson().extractingPath("$.position_title").isNull();
		assertThat(replaced).bodyJson().extractingPath("$.phone").isNull();
	}

	@Test
	void badInputIsRefused() {
		SignedIn employer = users.employer();
		assertInvalid(Api.patch(mvc, EMPLOYER_ME, employer.bearer(), "{\"phone\": \"020 123 4567\"}"), "phone");
		assertInvalid(Api.patch(mvc, EMPLOYER_ME, employer.bearer(), "{\"first_name\": \"\"}"), "first_name");
		assertInvalid(put(mvc, EMPLOYER_ME, employer.bearer(), "{\"first_name\": \"A\"}"), "last_name");
		assertInvalid(Api.patch(mvc, EMPLOYER_ME, employer.bearer(),
				"{\"position_title\": \"%s\"}".formatted("x".repeat(151))), "position_title");
		assertInvalid(Api.patch(mvc, EMPLOYER_ME, employer.bearer(), "{\"linkedin_url\": \"linkedin\"}"),
				"linkedin_url");
		MvcTestResult unknown = Api.patch(mvc, EMPLOYER_ME, employer.bearer(), "{\"companies\": []}");
		assertThat(unknown).bodyJson().extractingPath("$.code").isEqualTo("unknown_field");
	}

	@Test
	void onlyEmployersHaveOne() {
		assertThat(Api.get(mvc, EMPLOYER_ME, users.candidate().bearer())).hasStatus(403);
		assertThat(Api.get(mvc, EMPLOYER_ME, users.admin().bearer())).hasStatus(403);
		assertThat(Api.get(mvc, EMPLOYER_ME, null)).hasStatus(401);
		assertThat(Api.get(mvc, ProfileApi.ME, users.employer().bearer())).hasStatus(403);
	}

}
