package io.openhire.profiles;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.openhire.profiles.ProfileApi.CANDIDATES;
import static io.openhire.profiles.ProfileApi.ME;
import static io.openhire.profiles.ProfileApi.put;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /candidates/{id}} for every kind of caller and every visibility. */
@ApiTest
class CandidateVisibilityTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Test
	void ownerAndAdminsSeeEverythingEmployersSeeNoContactDetails() {
		SignedIn candidate = users.candidate();
		String id = Api.read(put(mvc, ME, candidate.bearer(), CandidateProfileTests.FULL), "$.id");
		String path = CANDIDATES + "/" + id;

		for (SignedIn full : new SignedIn[] { candidate, users.admin() }) {
			MvcTestResult seen = Api.get(mvc, path, full.bearer());
			assertThat(seen).hasStatusOk();
			assertThat(seen).bodyJson().extractingPath("$.phone").isEqualTo("+31612345678");
			assertThat(seen).bodyJson().extractingPath("$.date_of_birth").isEqualTo("1990-04-02");
			assertThat(seen).bodyJson().extractingPath("$.location.address").isEqualTo("Damrak 1");
		}
		MvcTestResult employer = Api.get(mvc, path, users.employer().bearer());
		assertThat(employer).hasStatusOk();
		assertThat(employer).bodyJson().extractingPath("$.headline").isEqualTo("ICU nurse");
		assertThat(employer).bodyJson().extractingPath("$.location.city").isEqualTo("Amsterdam");
		assertThat(employer).bodyJson().extractingPath("$.phone").isNull();
		assertThat(employer).bodyJson().extractingPath("$.date_of_birth").isNull();
		assertThat(employer).bodyJson().extractingPath("$.gender").isNull();
		assertThat(employer).bodyJson().extractingPath("$.location.address").isNull();
	}

	@Test
	void otherCandidatesAreToldNothing() {
		SignedIn candidate = users.candidate();
		String id = Api.read(put(mvc, ME, candidate.bearer(), "{\"visibility\": \"public\"}"), "$.id");
		MvcTestResult other = Api.get(mvc, CANDIDATES + "/" + id, users.candidate().bearer());
		assertThat(other).hasStatus(404);
		assertThat(other).bodyJson().extractingPath("$.code").isEqualTo("not_found");
		assertThat(Api.get(mvc, CANDIDATES + "/" + id, null)).hasStatus(401);
	}

	@Test
	void visibilityDecidesWhatEmployersMaySee() {
		SignedIn candidate = users.candidate();
		SignedIn employer = users.employer();
		String id = Api.read(Api.get(mvc, ME, candidate.bearer()), "$.id");
		String path = CANDIDATES + "/" + id;

		assertThat(Api.patch(mvc, ME, candidate.bearer(), "{\"visibility\": \"employers\"}")).hasStatusOk();
		assertThat(Api.get(mvc, path, employer.bearer())).hasStatusOk();
		assertThat(Api.patch(mvc, ME, candidate.bearer(), "{\"visibility\": \"public\"}")).hasStatusOk();
		assertThat(Api.get(mvc, path, employer.bearer())).hasStatusOk();
		assertThat(Api.patch(mvc, ME, candidate.bearer(), "{\"visibility\": \"private\"}")).hasStatusOk();
		assertThat(Api.get(mvc, path, employer.bearer())).hasStatus(404);
		assertThat(Api.get(mvc, path, candidate.bearer())).hasStatusOk();
		assertThat(Api.get(mvc, path, users.admin().bearer())).hasStatusOk();
	}

	@Test
	void unknownAndMalformedIds() {
		SignedIn employer = users.employer();
		assertThat(Api.get(mvc, CANDIDATES + "/" + java.util.UUID.randomUUID(), employer.bearer())).hasStatus(404);
		assertThat(Api.get(mvc, CANDIDATES + "/not-a-uuid", employer.bearer())).hasStatus(400);
	}

}
