package io.openhire.profiles;

import java.time.Duration;
import java.util.UUID;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.openhire.profiles.ProfileApi.EMPLOYER_ME;
import static io.openhire.profiles.ProfileApi.ME;
import static io.openhire.profiles.ProfileApi.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The profile part of {@code GET /auth/me/export}, and erasure. */
@ApiTest
class ProfileExportAndErasureTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CandidateProfiles profiles;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void exportHoldsTheWholeCandidateProfile() {
		SignedIn candidate = users.candidate();
		put(mvc, ME, candidate.bearer(), CandidateProfileTests.FULL);
		Api.post(mvc, ME + "/education", candidate.bearer(), CandidateEntriesTests.EDUCATION);
		Api.post(mvc, ME + "/portfolio", candidate.bearer(), CandidateEntriesTests.PORTFOLIO);
		MvcTestResult export = Api.get(mvc, "/api/v1/auth/me/export", candidate.bearer());
		assertThat(export).hasStatusOk();
		assertThat(export).bodyJson().extractingPath("$.profile.candidate.profile.phone").isEqualTo("+31612345678");
		assertThat(export).bodyJson()
			.extractingPath("$.profile.candidate.education[0].institution")
			.isEqualTo("VU Amsterdam");
		assertThat(export).bodyJson().extractingPath("$.profile.candidate.portfolio").asArray().hasSize(1);
		assertThat(export).bodyJson().extractingPath("$.profile.candidate.experience").asArray().isEmpty();
		assertThat(export).bodyJson().extractingPath("$.profile.employer").isNull();
	}

	@Test
	void exportHoldsTheEmployerProfile() {
		SignedIn employer = users.employer();
		Api.patch(mvc, EMPLOYER_ME, employer.bearer(), "{\"position_title\": \"Recruiter\"}");
		MvcTestResult export = Api.get(mvc, "/api/v1/auth/me/export", employer.bearer());
		assertThat(export).bodyJson().extractingPath("$.profile.employer.position_title").isEqualTo("Recruiter");
		assertThat(export).bodyJson().extractingPath("$.profile.candidate").isNull();
	}

	@Test
	void erasureDeletesTheProfileAndEveryEntry() {
		SignedIn candidate = users.candidate();
		String id = Api.read(put(mvc, ME, candidate.bearer(), CandidateProfileTests.FULL), "$.id");
		for (String collection : new String[] { "education", "experience", "certifications", "portfolio" }) {
			Api.post(mvc, ME + "/" + collection, candidate.bearer(), CandidateEntriesTests.body(collection));
		}
		UUID profileId = UUID.fromString(id);
		assertThat(entries(profileId)).isEqualTo(4);

		assertThat(Api.delete(mvc, "/api/v1/auth/me", candidate.bearer(),
				"{\"password\": \"%s\"}".formatted(candidate.password())))
			.hasStatus(204);
		await().atMost(Duration.ofSeconds(10)).until(() -> profiles.profileIdOf(candidate.id()).isEmpty());
		assertThat(profiles.ownerOf(profileId)).isEmpty();
		assertThat(entries(profileId)).isZero();
		assertThat(Api.get(mvc, ProfileApi.CANDIDATES + "/" + id, users.admin().bearer())).hasStatus(404);
	}

	@Test
	void erasureDeletesTheEmployerProfile() {
		SignedIn employer = users.employer();
		String id = Api.read(Api.get(mvc, EMPLOYER_ME, employer.bearer()), "$.id");
		Api.delete(mvc, "/api/v1/auth/me", employer.bearer(), "{\"password\": \"%s\"}".formatted(employer.password()));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> jdbc.queryForObject("select count(*) from employer_profiles where id = ?", Integer.class,
					UUID.fromString(id)) == 0);
	}

	private int entries(UUID profileId) {
		int count = 0;
		for (String table : new String[] { "candidate_skills", "candidate_education", "candidate_experience",
				"candidate_certifications", "candidate_portfolio" }) {
			count += jdbc.queryForObject("select count(*) from " + table + " where profile_id = ?", Integer.class,
					profileId);
		}
		return count;
	}

}
