package io.openhire.search;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import io.openhire.Api;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Candidates made through the API for the candidate search tests: each test marks its
 * corpus with a unique word ({@link SearchFixtures#word()}, letters and digits, so it
 * matches only itself) in every headline and puts it in each query.
 */
final class CandidateFixtures {

	static final String ME = "/api/v1/candidates/me";

	static final String CANDIDATES = "/api/v1/candidates";

	private CandidateFixtures() {
	}

	/** A new candidate whose profile holds these fields (a JSON object's members). */
	static Candidate candidate(MockMvcTester mvc, TestUsers users, String fields) {
		SignedIn user = users.candidate();
		MvcTestResult saved = Api.put(mvc, ME, user.bearer(), "{" + fields + "}");
		assertThat(saved).hasStatusOk();
		return new Candidate(user, Api.read(saved, "$.id"));
	}

	/** Adds a catalog skill (by name) at a level; answers the skill's id. */
	static String skill(MockMvcTester mvc, Candidate candidate, String name, int level) {
		MvcTestResult added = Api.post(mvc, ME + "/skills", candidate.user().bearer(),
				"{\"name\": \"%s\", \"level\": %d}".formatted(name, level));
		assertThat(added).hasStatus(201);
		return Api.read(added, "$.skill.id");
	}

	static List<String> ids(MockMvcTester mvc, SignedIn caller, String query) {
		MvcTestResult page = Api.get(mvc, CANDIDATES + "?page_size=100&" + query, caller.bearer());
		assertThat(page).hasStatusOk();
		return Api.read(page, "$.results[*].id");
	}

	/** Polls the search as the caller until its ids satisfy the condition. */
	static void awaitIds(MockMvcTester mvc, SignedIn caller, String query, Predicate<List<String>> condition) {
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> condition.test(ids(mvc, caller, query)));
	}

	record Candidate(SignedIn user, String id) {

	}

}
