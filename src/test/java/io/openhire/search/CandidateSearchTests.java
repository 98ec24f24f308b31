package io.openhire.search;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import io.openhire.search.CandidateFixtures.Candidate;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.openhire.search.CandidateFixtures.CANDIDATES;
import static io.openhire.search.CandidateFixtures.ME;
import static io.openhire.search.CandidateFixtures.awaitIds;
import static io.openhire.search.CandidateFixtures.candidate;
import static io.openhire.search.CandidateFixtures.ids;
import static io.openhire.search.CandidateFixtures.skill;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /candidates} on the candidate index: words (stems, typos, weights),
 * visibility, every filter, freshness after edits and erasure, reindexing, bad input and
 * who may search. Each test's corpus carries a word of its own, which every query names.
 */
@ApiTest
class CandidateSearchTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ReindexCommand reindex;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void wordsMatchHeadlineRoleAndSkillsWithStemsAndTypos() {
		String tag = SearchFixtures.word();
		Candidate nurse = candidate(mvc, users, """
				"headline": "Nursing assistant %s", "bio": "Ten years on a surgical ward." """.formatted(tag));
		Candidate developer = candidate(mvc, users, """
				"headline": "Backend developer %s", "desired_role": "Data engineer" """.formatted(tag));
		skill(mvc, developer, "Python", 8);
		Candidate caretaker = candidate(mvc, users, """
				"headline": "Caretaker %s", "bio": "Worked with a nurse and a radiographer." """.formatted(tag));
		Candidate radiographer = candidate(mvc, users, "\"headline\": \"Radiographer %s\"".formatted(tag));
		SignedIn admin = users.admin();
		awaitIds(mvc, admin, "q=" + tag, (ids) -> ids.size() == 4);
		awaitIds(mvc, admin, "q=" + tag + "+python", (ids) -> ids.contains(developer.id()));
		SignedIn employer = users.employer();

		assertThat(ids(mvc, employer, "q=" + tag)).containsExactlyInAnyOrder(nurse.id(), developer.id(), caretaker.id(),
				radiographer.id());
		// skill name, with a typo
		assertThat(ids(mvc, employer, "q=" + tag + "+pyhton")).containsExactly(developer.id());
		assertThat(ids(mvc, employer, "q=" + tag + "+PYTHON")).containsExactly(developer.id());
		// stems: "nursing" and "nurse" are one word
		assertThat(ids(mvc, employer, "q=" + tag + "+nurse")).containsExactlyInAnyOrder(nurse.id(), caretaker.id());
		assertThat(ids(mvc, employer, "q=" + tag + "+nurses")).containsExactlyInAnyOrder(nurse.id(), caretaker.id());
		// the headline weighs more than the bio (a word no other test uses, so that the
		// shared index's word statistics do not tip the scale)
		assertThat(ids(mvc, employer, "q=" + tag + "+radiographer")).containsExactly(radiographer.id(), caretaker.id());
		// the desired role
		assertThat(ids(mvc, employer, "q=" + tag + "+engineer")).containsExactly(developer.id());
		// query syntax is plain text
		assertThat(ids(mvc, employer, "q=" + tag + "+headline:(a+OR")).isEmpty();
		assertThat(ids(mvc, employer, "q=" + tag + "+astronaut")).isEmpty();
	}

	@Test
	void privateProfilesAreFoundByAdminsOnly() {
		String tag = SearchFixtures.word();
		Candidate open = candidate(mvc, users,
				"\"headline\": \"Welder %s\", \"visibility\": \"public\"".formatted(tag));
		Candidate employersOnly = candidate(mvc, users,
				"\"headline\": \"Welder %s\", \"visibility\": \"employers\"".formatted(tag));
		Candidate hidden = candidate(mvc, users,
				"\"headline\": \"Welder %s\", \"visibility\": \"private\"".formatted(tag));
		SignedIn admin = users.admin();
		awaitIds(mvc, admin, "q=" + tag, (ids) -> ids.size() == 3);
		assertThat(ids(mvc, admin, "q=" + tag)).containsExactlyInAnyOrder(open.id(), employersOnly.id(), hidden.id());
		assertThat(ids(mvc, users.employer(), "q=" + tag)).containsExactlyInAnyOrder(open.id(), employersOnly.id());
		assertThat(ids(mvc, users.employer(), "q=" + tag + "+welder")).doesNotContain(hidden.id());
	}

	@Test
	void everyFilterNarrows() {
		String tag = SearchFixtures.word();
		Candidate amsterdam = candidate(mvc, users, """
				"headline": "Pharmacist %s", "years_of_experience": 8, "availability": {"status": "available"},
				"open_to_remote": true,
				"location": {"city": "Amsterdam", "region": "Noord-Holland", "country": "NL",
				             "latitude": 52.3676, "longitude": 4.9041}""".formatted(tag));
		Candidate utrecht = candidate(mvc, users, """
				"headline": "Pharmacist %s", "years_of_experience": 3, "availability": {"status": "open"},
				"location": {"city": "Utrecht", "region": "Utrecht", "country": "NL",
				             "latitude": 52.0907, "longitude": 5.1214}""".formatted(tag));
		Candidate berlin = candidate(mvc, users, """
				"headline": "Pharmacist %s", "years_of_experience": 12, "availability": {"status": "not_available"},
				"location": {"city": "Berlin", "country": "DE", "latitude": 52.52, "longitude": 13.405}"""
			.formatted(tag));
		String python = skill(mvc, amsterdam, "Python", 7);
		String sql = skill(mvc, amsterdam, "SQL", 3);
		skill(mvc, utrecht, "Python", 4);
		skill(mvc, utrecht, "Java", 9);
		skill(mvc, berlin, "SQL", 6);
		SignedIn admin = users.admin();
		awaitIds(mvc, admin, "q=" + tag + "&skills=" + sql, (ids) -> ids.size() == 2);
		awaitIds(mvc, admin, "q=" + tag + "&skills=" + python, (ids) -> ids.size() == 2);
		SignedIn employer = users.employer();
		String q = "q=" + tag;

		assertThat(ids(mvc, employer, q)).hasSize(3);
		// every skill asked for, each at the level or more: the level of that very skill
		assertThat(ids(mvc, employer, q + "&skills=" + python)).containsExactlyInAnyOrder(amsterdam.id(), utrecht.id());
		assertThat(ids(mvc, employer, q + "&skills=" + python + "&min_level=5")).containsExactly(amsterdam.id());
		assertThat(ids(mvc, employer, q + "&skills=" + python + "," + sql)).containsExactly(amsterdam.id());
		assertThat(ids(mvc, employer, q + "&skills=" + python + "&skills=" + sql + "&min_level=3"))
			.containsExactly(amsterdam.id());
		assertThat(ids(mvc, employer, q + "&skills=" + python + "," + sql + "&min_level=5")).isEmpty();
		assertThat(ids(mvc, employer, q + "&skills=" + sql + "&min_level=5")).containsExactly(berlin.id());
		// a city or region that starts with it, or the country code
		assertThat(ids(mvc, employer, q + "&location=amster")).containsExactly(amsterdam.id());
		assertThat(ids(mvc, employer, q + "&location=Noord")).containsExactly(amsterdam.id());
		assertThat(ids(mvc, employer, q + "&location=de")).containsExactly(berlin.id());
		assertThat(ids(mvc, employer, q + "&location=nl")).containsExactlyInAnyOrder(amsterdam.id(), utrecht.id());
		assertThat(ids(mvc, employer, q + "&location=dam")).isEmpty();
		// Amsterdam-Utrecht is about 35 km, Amsterdam-Berlin about 577 km
		assertThat(ids(mvc, employer, q + "&lat=52.3676&lon=4.9041&radius_km=10")).containsExactly(amsterdam.id());
		assertThat(ids(mvc, employer, q + "&lat=52.3676&lon=4.9041&radius_km=40"))
			.containsExactlyInAnyOrder(amsterdam.id(), utrecht.id());
		assertThat(ids(mvc, employer, q + "&lat=52.3676&lon=4.9041&radius_km=590")).hasSize(3);
		assertThat(ids(mvc, employer, q + "&lat=52.3676&lon=4.9041")).hasSize(2);
		assertThat(ids(mvc, employer, q + "&min_experience_years=5")).containsExactlyInAnyOrder(amsterdam.id(),
				berlin.id());
		assertThat(ids(mvc, employer, q + "&available=true")).containsExactlyInAnyOrder(amsterdam.id(), utrecht.id());
		assertThat(ids(mvc, employer, q + "&available=false")).containsExactly(berlin.id());
		assertThat(ids(mvc, employer, q + "&open_to_remote=true")).containsExactly(amsterdam.id());
		assertThat(ids(mvc, employer, q + "&open_to_remote=false")).containsExactlyInAnyOrder(utrecht.id(),
				berlin.id());
		assertThat(ids(mvc, employer, q + "&location=nl&min_experience_years=5&available=true&skills=" + python))
			.containsExactly(amsterdam.id());
	}

	@Test
	void withoutWordsTheMostRecentlyUpdatedComeFirst() {
		String tag = SearchFixtures.word();
		// the corpus is told apart by a city of its own, so the list can go without words
		String fields = "\"headline\": \"Baker %s\", \"location\": {\"city\": \"%s\"}".formatted(tag, tag);
		Candidate first = candidate(mvc, users, fields);
		Candidate second = candidate(mvc, users, fields);
		SignedIn admin = users.admin();
		String place = "location=" + tag;
		awaitIds(mvc, admin, place, (ids) -> ids.size() == 2);
		assertThat(ids(mvc, admin, place)).containsExactly(second.id(), first.id());
		// the first one changes: it is the most recent now
		assertThat(Api.patch(mvc, ME, first.user().bearer(), "{\"bio\": \"Sourdough.\"}")).hasStatusOk();
		awaitIds(mvc, admin, "q=" + tag + "+sourdough", (ids) -> ids.contains(first.id()));
		assertThat(ids(mvc, admin, place)).containsExactly(first.id(), second.id());
		MvcTestResult page = Api.get(mvc, CANDIDATES + "?page_size=1&page=2&" + place, admin.bearer());
		assertThat(page).bodyJson().extractingPath("$.count").isEqualTo(2);
		assertThat(page).bodyJson().extractingPath("$.results[*].id").isEqualTo(List.of(second.id()));
		// with words, the best match comes first whatever its age
		assertThat(ids(mvc, admin, place + "&q=" + tag + "+sourdough")).containsExactly(first.id());
		assertThat(ids(mvc, admin, "q=" + tag + "+baker")).containsExactlyInAnyOrder(first.id(), second.id());
	}

	@Test
	void anEditIsFoundByItsNewWordsAndAnErasedCandidateDisappears() {
		String tag = SearchFixtures.word();
		Candidate candidate = candidate(mvc, users, "\"headline\": \"Carpenter %s\"".formatted(tag));
		SignedIn employer = users.employer();
		awaitIds(mvc, employer, "q=" + tag + "+carpenter", (ids) -> ids.contains(candidate.id()));

		assertThat(Api.patch(mvc, ME, candidate.user().bearer(), "{\"headline\": \"Plumber %s\"}".formatted(tag)))
			.hasStatusOk();
		awaitIds(mvc, employer, "q=" + tag + "+plumber", (ids) -> ids.contains(candidate.id()));
		assertThat(ids(mvc, employer, "q=" + tag + "+carpenter")).isEmpty();
		// an entry is a change of the profile too
		assertThat(Api.post(mvc, ME + "/experience", candidate.user().bearer(), """
				{"company_name": "Acme", "job_title": "Glazier", "start_date": "2020-01-01"}""")).hasStatus(201);
		awaitIds(mvc, employer, "q=" + tag + "+glazier", (ids) -> ids.contains(candidate.id()));
		// private from now on
		assertThat(Api.patch(mvc, ME, candidate.user().bearer(), "{\"visibility\": \"private\"}")).hasStatusOk();
		awaitIds(mvc, employer, "q=" + tag, List::isEmpty);

		assertThat(Api.delete(mvc, "/api/v1/auth/me", candidate.user().bearer(),
				"{\"password\": \"%s\"}".formatted(candidate.user().password())))
			.hasStatus(204);
		awaitIds(mvc, users.admin(), "q=" + tag, List::isEmpty);
		assertThat(jdbc.queryForObject("select count(*) from search_candidates where id = ?", Long.class,
				java.util.UUID.fromString(candidate.id())))
			.isZero();
	}

	@Test
	void reindexRebuildsTheCandidatesToo() {
		String tag = SearchFixtures.word();
		Candidate kept = candidate(mvc, users, "\"headline\": \"Cooper %s\"".formatted(tag));
		SignedIn admin = users.admin();
		awaitIds(mvc, admin, "q=" + tag, (ids) -> ids.contains(kept.id()));
		// behind search's back: the copy is lost
		jdbc.update("delete from search_candidates where id = ?", java.util.UUID.fromString(kept.id()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(reindex.run(Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("candidate profiles");
		assertThat(ids(mvc, admin, "q=" + tag)).containsExactly(kept.id());
		assertThat(jdbc.queryForObject("select count(*) from search_candidates where id = ?", Long.class,
				java.util.UUID.fromString(kept.id())))
			.isOne();
	}

	@Test
	void badInputIsRefusedAndOnlyEmployersAndAdminsSearch() {
		SignedIn employer = users.employer();
		invalid(Api.get(mvc, CANDIDATES + "?q=" + "x".repeat(101), employer.bearer()), "q");
		invalid(Api.get(mvc, CANDIDATES + "?lat=52", employer.bearer()), "lon");
		invalid(Api.get(mvc, CANDIDATES + "?lat=52&lon=4&radius_km=-5", employer.bearer()), "radius_km");
		invalid(Api.get(mvc, CANDIDATES + "?page=101&page_size=100", employer.bearer()), "page");
		assertThat(Api.get(mvc, CANDIDATES + "?q=nurse", users.candidate().bearer())).hasStatus(403);
		assertThat(Api.get(mvc, CANDIDATES + "?q=nurse", null)).hasStatus(401);
	}

	private static void invalid(MvcTestResult result, String field) {
		assertThat(result).hasStatus(400);
		assertThat(result).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("validation_failed");
		assertThat(result).bodyJson()
			.extractingPath("$.errors")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
			.containsKey(field);
	}

}
