package io.openhire.profiles;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.openhire.profiles.CandidateProfileTests.assertInvalid;
import static io.openhire.profiles.ProfileApi.CANDIDATES;
import static io.openhire.profiles.ProfileApi.ME;
import static io.openhire.profiles.ProfileApi.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code GET /candidates}: the filters, pages, who is listed, and how many statements a
 * page costs. Every test tags its candidates with a unique word and filters by it, since
 * the database is shared. The list is answered by the search index, which follows a
 * change moments after it commits: each candidate is waited for until an admin finds it.
 */
@ApiTest
class CandidateListTests {

	private static final AtomicLong TAGS = new AtomicLong();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void filtersNarrowTheList() {
		String tag = tag();
		SignedIn amsterdam = candidate(tag, """
				"location": {"city": "Amsterdam", "country": "NL", "latitude": 52.3676, "longitude": 4.9041},
				"years_of_experience": 8, "availability": {"status": "available"}, "open_to_remote": true""");
		SignedIn utrecht = candidate(tag, """
				"location": {"city": "Utrecht", "country": "NL", "latitude": 52.0907, "longitude": 5.1214},
				"years_of_experience": 3, "availability": {"status": "open"}, "open_to_remote": false""");
		SignedIn berlin = candidate(tag, """
				"location": {"city": "Berlin", "country": "DE", "latitude": 52.52, "longitude": 13.405},
				"years_of_experience": 12, "availability": {"status": "not_available"}""");
		SignedIn employer = users.employer();

		assertThat(ids(employer, "q=" + tag)).containsExactlyInAnyOrder(id(amsterdam), id(utrecht), id(berlin));
		assertThat(ids(employer, "q=" + tag.toUpperCase())).hasSize(3);
		assertThat(ids(employer, "q=" + tag + "&location=amster")).containsExactly(id(amsterdam));
		assertThat(ids(employer, "q=" + tag + "&location=de")).containsExactly(id(berlin));
		assertThat(ids(employer, "q=" + tag + "&min_experience_years=5")).containsExactlyInAnyOrder(id(amsterdam),
				id(berlin));
		assertThat(ids(employer, "q=" + tag + "&available=true")).containsExactlyInAnyOrder(id(amsterdam), id(utrecht));
		assertThat(ids(employer, "q=" + tag + "&available=false")).containsExactly(id(berlin));
		assertThat(ids(employer, "q=" + tag + "&open_to_remote=true")).containsExactly(id(amsterdam));
		assertThat(ids(employer, "q=" + tag + "&open_to_remote=false")).containsExactlyInAnyOrder(id(utrecht),
				id(berlin));
		// Amsterdam-Utrecht is about 35 km, Amsterdam-Berlin about 577 km
		assertThat(ids(employer, "q=" + tag + "&lat=52.3676&lon=4.9041&radius_km=10")).containsExactly(id(amsterdam));
		assertThat(ids(employer, "q=" + tag + "&lat=52.3676&lon=4.9041&radius_km=40"))
			.containsExactlyInAnyOrder(id(amsterdam), id(utrecht));
		assertThat(ids(employer, "q=" + tag + "&lat=52.3676&lon=4.9041&radius_km=570"))
			.containsExactlyInAnyOrder(id(amsterdam), id(utrecht));
		assertThat(ids(employer, "q=" + tag + "&lat=52.3676&lon=4.9041&radius_km=590")).hasSize(3);
		assertThat(ids(employer, "q=" + tag + "&lat=52.3676&lon=4.9041")).containsExactlyInAnyOrder(id(amsterdam),
				id(utrecht));
	}

	@Test
	void privateProfilesAreListedForAdminsOnlyAndContactDetailsStayHidden() {
		String tag = tag();
		SignedIn open = candidate(tag, "\"phone\": \"+31612345678\", \"visibility\": \"public\"");
		SignedIn hidden = candidate(tag, "\"visibility\": \"private\"");
		MvcTestResult page = Api.get(mvc, CANDIDATES + "?q=" + tag, users.employer().bearer());
		assertThat(page).bodyJson().extractingPath("$.results[*].id").isEqualTo(List.of(id(open)));
		assertThat(page).bodyJson().extractingPath("$.results[0].phone").isNull();
		MvcTestResult admin = Api.get(mvc, CANDIDATES + "?q=" + tag, users.admin().bearer());
		assertThat(admin).bodyJson().extractingPath("$.count").isEqualTo(2);
		assertThat(ids(users.admin(), "q=" + tag)).contains(id(hidden));
	}

	@Test
	void pagesFollowTheMostRecentlyUpdated() {
		String tag = tag();
		List<String> created = new java.util.ArrayList<>();
		for (int i = 0; i < 5; i++) {
			created.add(id(candidate(tag, "\"years_of_experience\": " + i)));
		}
		SignedIn employer = users.employer();
		MvcTestResult first = Api.get(mvc, CANDIDATES + "?q=" + tag + "&page_size=2", employer.bearer());
		assertThat(first).bodyJson().extractingPath("$.count").isEqualTo(5);
		assertThat(first).bodyJson()
			.extractingPath("$.results[*].id")
			.isEqualTo(List.of(created.get(4), created.get(3)));
		assertThat(first).bodyJson().extractingPath("$.previous").isNull();
		assertThat(first).bodyJson().extractingPath("$.next").asString().contains("page=2");
		MvcTestResult last = Api.get(mvc, CANDIDATES + "?q=" + tag + "&page_size=2&page=3", employer.bearer());
		assertThat(last).bodyJson().extractingPath("$.results[*].id").isEqualTo(List.of(created.get(0)));
		assertThat(last).bodyJson().extractingPath("$.next").isNull();
		assertThat(Api.get(mvc, CANDIDATES + "?page_size=101", employer.bearer())).hasStatus(400);
	}

	@Test
	void badFiltersAreRefused() {
		SignedIn employer = users.employer();
		assertInvalid(Api.get(mvc, CANDIDATES + "?lat=52", employer.bearer()), "lon");
		assertInvalid(Api.get(mvc, CANDIDATES + "?lon=4", employer.bearer()), "lat");
		assertInvalid(Api.get(mvc, CANDIDATES + "?lat=52&lon=4&radius_km=-1", employer.bearer()), "radius_km");
		assertInvalid(Api.get(mvc, CANDIDATES + "?radius_km=5", employer.bearer()), "radius_km");
		assertInvalid(Api.get(mvc, CANDIDATES + "?lat=95&lon=4", employer.bearer()), "lat");
		assertInvalid(Api.get(mvc, CANDIDATES + "?lat=north&lon=4", employer.bearer()), "lat");
		assertInvalid(Api.get(mvc, CANDIDATES + "?skills=kubernetes", employer.bearer()), "skills");
		assertInvalid(Api.get(mvc, CANDIDATES + "?skills=" + UUID.randomUUID() + "&min_level=11", employer.bearer()),
				"min_level");
		assertInvalid(Api.get(mvc, CANDIDATES + "?min_level=5", employer.bearer()), "min_level");
		assertInvalid(Api.get(mvc, CANDIDATES + "?min_experience_years=-2", employer.bearer()), "min_experience_years");
		assertInvalid(Api.get(mvc, CANDIDATES + "?q=" + "x".repeat(101), employer.bearer()), "q");
		assertInvalid(Api.get(mvc, CANDIDATES + "?available=maybe", employer.bearer()), "available");
	}

	@Test
	void onlyEmployersAndAdminsList() {
		assertThat(Api.get(mvc, CANDIDATES, users.candidate().bearer())).hasStatus(403);
		assertThat(Api.get(mvc, CANDIDATES, null)).hasStatus(401);
		assertThat(Api.get(mvc, CANDIDATES, users.admin().bearer())).hasStatusOk();
	}

	/**
	 * A page costs the same few statements however many candidates it holds: the profiles
	 * of the ids the index found, the skills of the whole page, their names.
	 */
	@Test
	void aPageCostsAFixedNumberOfStatements() {
		String tag = tag();
		String[] skills = { CandidateSkillsTests.uniqueSkill(), CandidateSkillsTests.uniqueSkill() };
		for (int i = 0; i < 9; i++) {
			SignedIn candidate = candidate(tag, "\"years_of_experience\": 1");
			for (String skill : skills) {
				assertThat(Api.post(mvc, ME + "/skills", candidate.bearer(),
						"{\"name\": \"%s\", \"level\": %d}".formatted(skill, 1 + i)))
					.hasStatus(201);
			}
		}
		SignedIn employer = users.employer();
		long forTwo = statements(employer, tag, 2);
		long forEight = statements(employer, tag, 8);
		assertThat(forEight).isEqualTo(forTwo);
		assertThat(forEight).isLessThanOrEqualTo(5);
	}

	/**
	 * The fewest statements of a few calls: Hibernate's statistics count the whole
	 * application, and an event listener of an earlier test may still be running.
	 */
	private long statements(SignedIn employer, String tag, int pageSize) {
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		String path = CANDIDATES + "?q=" + tag + "&page_size=" + pageSize;
		assertThat(Api.get(mvc, path, employer.bearer())).hasStatusOk();
		long fewest = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			statistics.clear();
			MvcTestResult page = Api.get(mvc, path, employer.bearer());
			fewest = Math.min(fewest, statistics.getPrepareStatementCount());
			assertThat(page).bodyJson().extractingPath("$.results").asArray().hasSize(pageSize);
			assertThat(page).bodyJson()
				.extractingPath("$.results[*].skills[*].skill.name")
				.asArray()
				.hasSize(2 * pageSize);
		}
		return fewest;
	}

	private SignedIn candidate(String tag, String fields) {
		SignedIn candidate = users.candidate();
		MvcTestResult saved = put(mvc, ME, candidate.bearer(),
				"{\"headline\": \"Nurse %s\", %s}".formatted(tag, fields));
		assertThat(saved).hasStatusOk();
		String id = Api.read(saved, "$.id");
		SignedIn admin = users.admin();
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> ids(admin, "q=" + tag).contains(id));
		return candidate;
	}

	private String id(SignedIn candidate) {
		return Api.read(Api.get(mvc, ME, candidate.bearer()), "$.id");
	}

	private List<String> ids(SignedIn caller, String query) {
		MvcTestResult page = Api.get(mvc, CANDIDATES + "?page_size=100&" + query, caller.bearer());
		assertThat(page).hasStatusOk();
		return Api.read(page, "$.results[*].id");
	}

	static String tag() {
		return "tag" + System.nanoTime() + "x" + TAGS.incrementAndGet();
	}

}
