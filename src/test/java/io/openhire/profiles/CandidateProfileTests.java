package io.openhire.profiles;

import java.time.Duration;
import java.util.List;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.openhire.profiles.ProfileApi.ME;
import static io.openhire.profiles.ProfileApi.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The caller's own candidate profile: read, replace, patch, and every bad input. */
@ApiTest
class CandidateProfileTests {

	static final String FULL = """
			{"headline": "ICU nurse", "bio": "Ten years of intensive care.", "phone": "06 12345678",
			 "date_of_birth": "1990-04-02", "gender": "female",
			 "location": {"address": "Damrak 1", "city": "Amsterdam", "region": "Noord-Holland",
			              "postal_code": "1012 LG", "country": "nl", "latitude": 52.37, "longitude": 4.89},
			 "years_of_experience": 10, "remote_experience_years": 2, "english_level": "c1",
			 "desired_role": "Head nurse", "desired_job_types": ["full_time", "part_time"],
			 "desired_salary_min": 4000, "desired_salary_currency": "EUR", "desired_salary_period": "monthly",
			 "current_salary": 3800,
			 "availability": {"status": "open", "hours_per_week": 32, "available_from": "2027-01-01"},
			 "open_to_remote": false, "preferred_locations": ["Amsterdam", "Utrecht"],
			 "links": {"linkedin": "https://linkedin.com/in/x", "github": null, "portfolio": null,
			           "website": "https://example.com"},
			 "visibility": "public"}""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CandidateProfiles profiles;

	@Test
	void registrationCreatesAnEmptyProfile() {
		SignedIn candidate = users.candidate();
		await().atMost(Duration.ofSeconds(10)).until(() -> profiles.profileIdOf(candidate.id()).isPresent());
		MvcTestResult mine = Api.get(mvc, ME, candidate.bearer());
		assertThat(mine).hasStatusOk();
		assertThat(mine).bodyJson()
			.extractingPath("$.id")
			.isEqualTo(profiles.profileIdOf(candidate.id()).get().toString());
		assertThat(mine).bodyJson().extractingPath("$.user_id").isEqualTo(candidate.id().toString());
		assertThat(mine).bodyJson().extractingPath("$.completeness").isEqualTo(0);
		assertThat(mine).bodyJson().extractingPath("$.visibility").isEqualTo("employers");
		assertThat(mine).bodyJson().extractingPath("$.verification_status").isEqualTo("unverified");
		assertThat(mine).bodyJson().extractingPath("$.desired_job_types").asArray().isEmpty();
		assertThat(mine).bodyJson().extractingPath("$.location.city").isNull();
		assertThat(mine).bodyJson().extractingPath("$.skills").asArray().isEmpty();
	}

	@Test
	void firstAccessCreatesTheProfileOnceWhateverComesFirst() {
		SignedIn candidate = users.candidate();
		String first = Api.read(Api.get(mvc, ME, candidate.bearer()), "$.id");
		await().atMost(Duration.ofSeconds(10)).until(() -> profiles.profileIdOf(candidate.id()).isPresent());
		assertThat(profiles.profileIdOf(candidate.id())).hasValueSatisfying((id) -> assertThat(id).hasToString(first));
		assertThat((String) Api.read(Api.get(mvc, ME, candidate.bearer()), "$.id")).isEqualTo(first);
		assertThat(profiles.ownerOf(java.util.UUID.fromString(first))).contains(candidate.id());
	}

	@Test
	void putReplacesEveryFieldAndNormalizesThePhone() {
		SignedIn candidate = users.candidate();
		MvcTestResult saved = put(mvc, ME, candidate.bearer(), FULL);
		assertThat(saved).hasStatusOk();
		assertThat(saved).bodyJson().extractingPath("$.phone").isEqualTo("+31612345678");
		assertThat(saved).bodyJson().extractingPath("$.location.country").isEqualTo("NL");
		assertThat(saved).bodyJson().extractingPath("$.location.latitude").isEqualTo(52.37);
		assertThat(saved).bodyJson().extractingPath("$.availability.hours_per_week").isEqualTo(32);
		assertThat(saved).bodyJson().extractingPath("$.desired_job_types").isEqualTo(List.of("full_time", "part_time"));
		assertThat(saved).bodyJson().extractingPath("$.links.website").isEqualTo("https://example.com");
		assertThat(saved).bodyJson().extractingPath("$.visibility").isEqualTo("public");
		assertThat(saved).bodyJson().extractingPath("$.english_level").isEqualTo("c1");
		// headline 10, bio 10, phone 5, location 10, years 5, desired role 5,
		// availability 5
		assertThat(saved).bodyJson().extractingPath("$.completeness").isEqualTo(50);

		MvcTestResult replaced = put(mvc, ME, candidate.bearer(), "{\"headline\": \"Only this\"}");
		assertThat(replaced).hasStatusOk();
		assertThat(replaced).bodyJson().extractingPath("$.headline").isEqualTo("Only this");
		assertThat(replaced).bodyJson().extractingPath("$.bio").isNull();
		assertThat(replaced).bodyJson().extractingPath("$.phone").isNull();
		assertThat(replaced).bodyJson().extractingPath("$.location.city").isNull();
		assertThat(replaced).bodyJson().extractingPath("$.visibility").isEqualTo("employers");
		assertThat(replaced).bodyJson().extractingPath("$.completeness").isEqualTo(10);
	}

	@Test
	void patchChangesOnlyTheGivenFields() {
		SignedIn candidate = users.candidate();
		put(mvc, ME, candidate.bearer(), FULL);
		MvcTestResult patched = Api.patch(mvc, ME, candidate.bearer(),
				"{\"headline\": \"Charge nurse\", \"bio\": null, \"location\": {\"city\": \"Utrecht\"}}");
		assertThat(patched).hasStatusOk();
		assertThat(patched).bodyJson().extractingPath("$.headline").isEqualTo("Charge nurse");
		assertThat(patched).bodyJson().extractingPath("$.bio").isNull();
		assertThat(patched).bodyJson().extractingPath("$.location.city").isEqualTo("Utrecht");
		assertThat(patched).bodyJson().extractingPath("$.location.country").isEqualTo("NL");
		assertThat(patched).bodyJson().extractingPath("$.phone").isEqualTo("+31612345678");
		assertThat(patched).bodyJson().extractingPath("$.desired_job_types").asArray().hasSize(2);
		assertThat(patched).bodyJson().extractingPath("$.completeness").isEqualTo(40);

		MvcTestResult empty = Api.patch(mvc, ME, candidate.bearer(), "{}");
		assertThat(empty).hasStatusOk();
		assertThat(empty).bodyJson().extractingPath("$.headline").isEqualTo("Charge nurse");
	}

	@Test
	void patchOfAPhoneUsesTheProfilesCountry() {
		SignedIn candidate = users.candidate();
		Api.patch(mvc, ME, candidate.bearer(), "{\"location\": {\"country\": \"DE\"}}");
		MvcTestResult patched = Api.patch(mvc, ME, candidate.bearer(), "{\"phone\": \"030 123456\"}");
		assertThat(patched).hasStatusOk();
		assertThat(patched).bodyJson().extractingPath("$.phone").isEqualTo("+4930123456");
	}

	@Test
	void unknownFieldsAreRefusedInPutAndPatch() {
		SignedIn candidate = users.candidate();
		MvcTestResult put = put(mvc, ME, candidate.bearer(), "{\"headline\": \"x\", \"salary\": 1}");
		assertThat(put).hasStatus(400);
		assertThat(put).bodyJson().extractingPath("$.code").isEqualTo("unknown_field");
		MvcTestResult patch = Api.patch(mvc, ME, candidate.bearer(), "{\"salary\": 1}");
		assertThat(patch).hasStatus(400);
		assertThat(patch).bodyJson().extractingPath("$.code").isEqualTo("unknown_field");
		assertThat(patch).bodyJson().extractingPath("$.errors.salary").asArray().isNotEmpty();
		MvcTestResult nested = Api.patch(mvc, ME, candidate.bearer(), "{\"location\": {\"planet\": \"Mars\"}}");
		assertThat(nested).hasStatus(400);
		assertThat(nested).bodyJson().extractingPath("$.errors['location.planet']").asArray().isNotEmpty();
		MvcTestResult readOnly = Api.patch(mvc, ME, candidate.bearer(), "{\"completeness\": 100}");
		assertThat(readOnly).bodyJson().extractingPath("$.code").isEqualTo("unknown_field");
		assertThat(Api.patch(mvc, ME, candidate.bearer(), "[1]")).hasStatus(400);
		assertThat(Api.patch(mvc, ME, candidate.bearer(), "{nope")).hasStatus(400);
	}

	@Test
	void invalidPhonesAreRefused() {
		SignedIn candidate = users.candidate();
		assertInvalid(put(mvc, ME, candidate.bearer(), "{\"phone\": \"12\"}"), "phone");
		assertInvalid(put(mvc, ME, candidate.bearer(), "{\"phone\": \"06 1234\", \"location\": {\"country\": \"NL\"}}"),
				"phone");
		assertInvalid(Api.patch(mvc, ME, candidate.bearer(), "{\"phone\": \"not a phone\"}"), "phone");
	}

	@Test
	void overLongTextIsRefused() {
		SignedIn candidate = users.candidate();
		assertInvalid(put(mvc, ME, candidate.bearer(), "{\"headline\": \"%s\"}".formatted("x".repeat(201))),
				"headline");
		assertInvalid(Api.patch(mvc, ME, candidate.bearer(), "{\"bio\": \"%s\"}".formatted("x".repeat(5001))), "bio");
		assertInvalid(
				Api.patch(mvc, ME, candidate.bearer(), "{\"location\": {\"city\": \"%s\"}}".formatted("x".repeat(101))),
				"location.city");
		assertInvalid(Api.patch(mvc, ME, candidate.bearer(),
				"{\"preferred_locations\": [\"%s\"]}".formatted("x".repeat(101))), "preferred_locations[0]");
	}

	@Test
	void badValuesAreRefusedNamingTheField() {
		SignedIn candidate = users.candidate();
		assertInvalid(Api.patch(mvc, ME, candidate.bearer(), "{\"visibility\": \"everyone\"}"), "visibility");
		assertInvalid(Api.patch(mvc, ME, candidate.bearer(), "{\"years_of_experience\": -1}"), "years_of_experience");
		assertInvalid(Api.patch(mvc, ME, candidate.bearer(), "{\"date_of_birth\": \"2999-01-01\"}"), "date_of_birth");
		assertInvalid(Api.patch(mvc, ME, candidate.bearer(), "{\"location\": {\"country\": \"XX\"}}"),
				"location.country");
		assertInvalid(Api.patch(mvc, ME, candidate.bearer(), "{\"location\": {\"latitude\": 91, \"longitude\": 0}}"),
				"location.latitude");
		assertInvalid(Api.patch(mvc, ME, candidate.bearer(), "{\"location\": {\"latitude\": 50}}"),
				"location.latitude");
		assertInvalid(Api.patch(mvc, ME, candidate.bearer(), "{\"links\": {\"website\": \"javascript:alert(1)\"}}"),
				"links.website");
		assertInvalid(Api.patch(mvc, ME, candidate.bearer(), "{\"desired_salary_min\": 100}"),
				"desired_salary_currency");
		assertInvalid(Api.patch(mvc, ME, candidate.bearer(), "{\"desired_job_types\": [\"gig\"]}"),
				"desired_job_types[0]");
		assertInvalid(
				Api.patch(mvc, ME, candidate.bearer(), "{\"years_of_experience\": 2, \"remote_experience_years\": 3}"),
				"remote_experience_years");
		assertInvalid(Api.patch(mvc, ME, candidate.bearer(), "{\"availability\": {\"hours_per_week\": 200}}"),
				"availability.hours_per_week");
	}

	@Test
	void htmlInPlainTextIsKeptAsText() {
		SignedIn candidate = users.candidate();
		String html = "<script>alert(1)</script><b>bold</b>";
		MvcTestResult saved = Api.patch(mvc, ME, candidate.bearer(), "{\"bio\": \"%s\"}".formatted(html));
		assertThat(saved).hasStatusOk();
		assertThat(saved).contentType().isCompatibleWith("application/json");
		assertThat(saved).bodyJson().extractingPath("$.bio").isEqualTo(html);
		assertThat(Api.get(mvc, ME, candidate.bearer())).bodyJson().extractingPath("$.bio").isEqualTo(html);
	}

	static void assertInvalid(MvcTestResult result, String field) {
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("validation_failed");
		assertThat(result).bodyJson()
			.extractingPath("$.errors")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsKey(field);
	}

}
