package io.openhire.profiles;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.openhire.profiles.CandidateProfileTests.assertInvalid;
import static io.openhire.profiles.ProfileApi.ME;
import static io.openhire.profiles.ProfileApi.put;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The collections of the own profile (education, experience, certifications, portfolio):
 * CRUD, ownership, bad input. Skills, which need the catalog, are in
 * {@link CandidateSkillsTests}.
 */
@ApiTest
class CandidateEntriesTests {

	static final String EDUCATION = """
			{"institution": "VU Amsterdam", "degree": "BSc", "field_of_study": "Nursing",
			 "start_date": "2008-09-01", "end_date": "2012-07-01", "is_current": false, "gpa": 7.5,
			 "description": "Thesis on ICU staffing."}""";

	static final String EXPERIENCE = """
			{"company_name": "AMC", "job_title": "ICU nurse", "location": "Amsterdam",
			 "description": "Night shifts.", "start_date": "2012-09-01", "end_date": null, "is_current": true}""";

	static final String CERTIFICATION = """
			{"name": "BLS", "issuing_organization": "ERC", "credential_id": "ERC-1",
			 "credential_url": "https://erc.edu/verify/1", "issue_date": "2020-01-01", "expiry_date": "2024-01-01"}""";

	static final String PORTFOLIO = """
			{"title": "Shift planner", "description": "A rota tool.", "project_url": "https://example.com/p",
			 "image_urls": ["https://example.com/1.png"], "technologies": ["Java", "SQL"],
			 "project_date": "2023-05-01", "client_name": "AMC", "is_featured": true}""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@ParameterizedTest
	@CsvSource({ "education", "experience", "certifications", "portfolio" })
	void entriesAreAddedReadChangedAndDeleted(String collection) {
		SignedIn candidate = users.candidate();
		String path = ME + "/" + collection;
		assertThat(Api.get(mvc, path, candidate.bearer())).bodyJson().extractingPath("$").asArray().isEmpty();

		MvcTestResult added = Api.post(mvc, path, candidate.bearer(), body(collection));
		assertThat(added).hasStatus(201);
		String id = Api.read(added, "$.id");
		assertThat(Api.get(mvc, path, candidate.bearer())).bodyJson().extractingPath("$[0].id").isEqualTo(id);
		assertThat(Api.get(mvc, path + "/" + id, candidate.bearer())).hasStatusOk();
		assertThat(Api.get(mvc, ME, candidate.bearer())).bodyJson()
			.extractingPath("$.completeness")
			.isEqualTo(weight(collection));

		String title = titleField(collection);
		MvcTestResult patched = Api.patch(mvc, path + "/" + id, candidate.bearer(),
				"{\"%s\": \"Renamed\"}".formatted(title));
		assertThat(patched).hasStatusOk();
		assertThat(patched).bodyJson().extractingPath("$." + title).isEqualTo("Renamed");
		assertThat(patched).bodyJson().extractingPath("$.id").isEqualTo(id);

		MvcTestResult replaced = put(mvc, path + "/" + id, candidate.bearer(), body(collection));
		assertThat(replaced).hasStatusOk();
		assertThat(replaced).bodyJson().extractingPath("$." + title).isNotEqualTo("Renamed");

		assertThat(Api.delete(mvc, path + "/" + id, candidate.bearer(), null)).hasStatus(204);
		assertThat(Api.get(mvc, path + "/" + id, candidate.bearer())).hasStatus(404);
		assertThat(Api.get(mvc, ME, candidate.bearer())).bodyJson().extractingPath("$.completeness").isEqualTo(0);
	}

	@ParameterizedTest
	@CsvSource({ "education", "experience", "certifications", "portfolio" })
	void anotherUsersEntryIsNotFound(String collection) {
		SignedIn owner = users.candidate();
		SignedIn other = users.candidate();
		String path = ME + "/" + collection;
		String id = Api.read(Api.post(mvc, path, owner.bearer(), body(collection)), "$.id");
		String entry = path + "/" + id;
		for (MvcTestResult result : new MvcTestResult[] { Api.get(mvc, entry, other.bearer()),
				put(mvc, entry, other.bearer(), body(collection)), Api.patch(mvc, entry, other.bearer(), "{}"),
				Api.delete(mvc, entry, other.bearer(), null) }) {
			assertThat(result).hasStatus(404);
			assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("not_found");
		}
		assertThat(Api.get(mvc, path, other.bearer())).bodyJson().extractingPath("$").asArray().isEmpty();
		assertThat(Api.get(mvc, entry, owner.bearer())).hasStatusOk();
		assertThat(Api.get(mvc, path + "/" + java.util.UUID.randomUUID(), owner.bearer())).hasStatus(404);
	}

	@Test
	void datesOutOfOrderAreRefused() {
		SignedIn candidate = users.candidate();
		assertInvalid(
				Api.post(mvc, ME + "/education", candidate.bearer(),
						"{\"institution\": \"X\", \"start_date\": \"2012-01-01\", \"end_date\": \"2011-01-01\"}"),
				"end_date");
		assertInvalid(Api.post(mvc, ME + "/experience", candidate.bearer(),
				"{\"company_name\": \"X\", \"job_title\": \"Y\", \"start_date\": \"2012-01-01\", \"end_date\": \"2011-12-31\"}"),
				"end_date");
		assertInvalid(
				Api.post(mvc, ME + "/certifications", candidate.bearer(),
						"{\"name\": \"X\", \"issue_date\": \"2020-01-01\", \"expiry_date\": \"2019-01-01\"}"),
				"expiry_date");
		String id = Api.read(Api.post(mvc, ME + "/experience", candidate.bearer(), EXPERIENCE), "$.id");
		assertInvalid(Api.patch(mvc, ME + "/experience/" + id, candidate.bearer(),
				"{\"is_current\": false, \"end_date\": \"2000-01-01\"}"), "end_date");
		assertInvalid(Api.patch(mvc, ME + "/experience/" + id, candidate.bearer(), "{\"end_date\": \"2020-01-01\"}"),
				"end_date");
	}

	@Test
	void missingOverLongAndBadValuesAreRefused() {
		SignedIn candidate = users.candidate();
		assertInvalid(Api.post(mvc, ME + "/education", candidate.bearer(), "{\"degree\": \"BSc\"}"), "institution");
		assertInvalid(Api.post(mvc, ME + "/experience", candidate.bearer(),
				"{\"company_name\": \"%s\", \"job_title\": \"Y\", \"start_date\": \"2012-01-01\"}"
					.formatted("x".repeat(201))),
				"company_name");
		assertInvalid(Api.post(mvc, ME + "/education", candidate.bearer(), "{\"institution\": \"X\", \"gpa\": 11}"),
				"gpa");
		assertInvalid(Api.post(mvc, ME + "/certifications", candidate.bearer(),
				"{\"name\": \"X\", \"credential_url\": \"ftp://x\"}"), "credential_url");
		assertInvalid(
				Api.post(mvc, ME + "/portfolio", candidate.bearer(), "{\"title\": \"X\", \"image_urls\": [\"nope\"]}"),
				"image_urls[0]");
		assertInvalid(
				Api.post(mvc, ME + "/experience", candidate.bearer(),
						"{\"company_name\": \"X\", \"job_title\": \"Y\", \"start_date\": \"yesterday\"}"),
				"start_date");
		MvcTestResult unknown = Api.post(mvc, ME + "/education", candidate.bearer(),
				"{\"institution\": \"X\", \"grade\": \"A\"}");
		assertThat(unknown).hasStatus(400);
		assertThat(unknown).bodyJson().extractingPath("$.code").isEqualTo("unknown_field");
		String id = Api.read(Api.post(mvc, ME + "/certifications", candidate.bearer(), CERTIFICATION), "$.id");
		MvcTestResult unknownPatch = Api.patch(mvc, ME + "/certifications/" + id, candidate.bearer(),
				"{\"skill_id\": null}");
		assertThat(unknownPatch).bodyJson().extractingPath("$.code").isEqualTo("unknown_field");
		assertInvalid(Api.patch(mvc, ME + "/certifications/" + id, candidate.bearer(), "{\"name\": null}"), "name");
	}

	@Test
	void htmlInEntriesIsKeptAsText() {
		SignedIn candidate = users.candidate();
		MvcTestResult added = Api.post(mvc, ME + "/experience", candidate.bearer(),
				"{\"company_name\": \"<i>AMC</i>\", \"job_title\": \"<img src=x onerror=alert(1)>\", \"start_date\": \"2012-01-01\"}");
		assertThat(added).hasStatus(201);
		assertThat(added).bodyJson().extractingPath("$.company_name").isEqualTo("<i>AMC</i>");
		assertThat(added).bodyJson().extractingPath("$.job_title").isEqualTo("<img src=x onerror=alert(1)>");
	}

	@Test
	void entriesOfEveryKindAddUpToAFullProfile() {
		SignedIn candidate = users.candidate();
		put(mvc, ME, candidate.bearer(), CandidateProfileTests.FULL);
		for (String collection : new String[] { "education", "experience", "certifications", "portfolio" }) {
			assertThat(Api.post(mvc, ME + "/" + collection, candidate.bearer(), body(collection))).hasStatus(201);
		}
		// 50 from the fields, 35 from the four collections; skills would add the last 15
		assertThat(Api.get(mvc, ME, candidate.bearer())).bodyJson().extractingPath("$.completeness").isEqualTo(85);
	}

	static String body(String collection) {
		return switch (collection) {
			case "education" -> EDUCATION;
			case "experience" -> EXPERIENCE;
			case "certifications" -> CERTIFICATION;
			case "portfolio" -> PORTFOLIO;
			default -> throw new IllegalArgumentException(collection);
		};
	}

	static String titleField(String collection) {
		return switch (collection) {
			case "education" -> "institution";
			case "experience" -> "job_title";
			case "certifications" -> "name";
			default -> "title";
		};
	}

	static int weight(String collection) {
		return switch (collection) {
			case "education" -> 10;
			case "experience" -> 15;
			default -> 5;
		};
	}

}
