package io.openhire.catalog;

import java.util.List;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Public skill lists and the admins' changes to skills. */
@ApiTest
class CatalogSkillsTests {

	private static final String SKILLS = "/api/v1/skills";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CacheManager caches;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void listsAreOrderedByPopularityThenNameAndPaginated() {
		MvcTestResult languages = Api.get(mvc, SKILLS + "?category=language&page_size=100", null);
		List<Integer> popularity = Api.read(languages, "$.results[*].popularity");
		assertThat(popularity).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
		MvcTestResult first = Api.get(mvc, SKILLS + "?page_size=5", null);
		assertThat(first).bodyJson().extractingPath("$.results").asArray().hasSize(5);
		assertThat(first).bodyJson().extractingPath("$.next").asString().contains("page=2").contains("page_size=5");
		assertThat(first).bodyJson().extractingPath("$.previous").isNull();
		MvcTestResult second = Api.get(mvc, SKILLS + "?page_size=5&page=2", null);
		assertThat(second).bodyJson().extractingPath("$.previous").asString().contains("page=1");
		List<String> firstIds = Api.read(first, "$.results[*].id");
		List<String> secondIds = Api.read(second, "$.results[*].id");
		assertThat(secondIds).doesNotContainAnyElementsOf(firstIds);
		assertThat(first).bodyJson().extractingPath("$.results[0]").asMap().doesNotContainKey("status");
	}

	@Test
	void badFiltersNameTheParameter() {
		expectInvalid(Api.get(mvc, SKILLS + "?category=wizardry", null), "category");
		expectInvalid(Api.get(mvc, SKILLS + "?status=lost", null), "status");
		expectInvalid(Api.get(mvc, SKILLS + "?q=" + "x".repeat(101), null), "q");
		expectInvalid(Api.get(mvc, SKILLS + "?page_size=0", null), "page_size");
		expectInvalid(Api.get(mvc, SKILLS + "/not-an-id", null), "id");
	}

	@Test
	void adminsCreateSkillsThatListsShowAtOnce() {
		SignedIn admin = users.admin();
		String name = "Zyx Skill " + System.nanoTime();
		String prefix = name.substring(0, 12).toLowerCase();
		assertThat(count(SKILLS + "?q=" + prefix)).isZero();
		MvcTestResult created = Api.post(mvc, SKILLS, admin.bearer(), """
				{"name": " %s ", "category": "clinical", "description": "Short.", "popularity": 7,
				 "aliases": ["ZQ%s", "zq%s"]}""".formatted(name, name.hashCode(), name.hashCode()));
		assertThat(created).hasStatus(201);
		assertThat(created).bodyJson().extractingPath("$.name").isEqualTo(name);
		assertThat(created).bodyJson().extractingPath("$.slug").isEqualTo(Names.slug(name));
		assertThat(created).bodyJson().extractingPath("$.category").isEqualTo("clinical");
		assertThat(created).bodyJson().extractingPath("$.status").isEqualTo("approved");
		assertThat(created).bodyJson().extractingPath("$.aliases").asArray().hasSize(1);
		assertThat(count(SKILLS + "?q=" + prefix)).isEqualTo(1);
		assertThat(count(SKILLS + "?q=zq" + name.hashCode())).isEqualTo(1);
		String id = Api.read(created, "$.id");
		assertThat(Api.get(mvc, SKILLS + "/" + id, null)).bodyJson().extractingPath("$.popularity").isEqualTo(7);
	}

	@Test
	void namesAndAliasesAreUniqueWhateverTheirCase() {
		SignedIn admin = users.admin();
		String name = "Unique Skill " + System.nanoTime();
		assertThat(Api.post(mvc, SKILLS, admin.bearer(), skill(name, "tool"))).hasStatus(201);
		expectConflict(Api.post(mvc, SKILLS, admin.bearer(), skill(name.toUpperCase(), "tool")), "name_taken");
		expectConflict(Api.post(mvc, SKILLS, admin.bearer(), skill("javascript", "technical")), "name_taken");
		expectConflict(Api.post(mvc, SKILLS, admin.bearer(), skill("K8S", "technical")), "name_taken");
		expectConflict(Api.post(mvc, SKILLS, admin.bearer(), """
				{"name": "Other %s", "category": "tool", "aliases": ["JS"]}""".formatted(name)), "name_taken");
	}

	@Test
	void everyInvalidFieldIsNamed() {
		SignedIn admin = users.admin();
		String name = "Valid " + System.nanoTime();
		expectInvalid(Api.post(mvc, SKILLS, admin.bearer(), "{\"category\": \"tool\"}"), "name");
		expectInvalid(Api.post(mvc, SKILLS, admin.bearer(), skill("   ", "tool")), "name");
		expectInvalid(Api.post(mvc, SKILLS, admin.bearer(), skill("x".repeat(101), "tool")), "name");
		expectInvalid(Api.post(mvc, SKILLS, admin.bearer(), "{\"name\": \"%s\"}".formatted(name)), "category");
		expectInvalid(Api.post(mvc, SKILLS, admin.bearer(), skill(name, "magic")), "category");
		expectInvalid(Api.post(mvc, SKILLS, admin.bearer(), """
				{"name": "%s", "category": "tool", "description": "%s"}""".formatted(name, "d".repeat(501))),
				"description");
		expectInvalid(Api.post(mvc, SKILLS, admin.bearer(), """
				{"name": "%s", "category": "tool", "popularity": -1}""".formatted(name)), "popularity");
		expectInvalid(Api.post(mvc, SKILLS, admin.bearer(), """
				{"name": "%s", "category": "tool", "popularity": "many"}""".formatted(name)), "popularity");
		expectInvalid(Api.post(mvc, SKILLS, admin.bearer(), """
				{"name": "%s", "category": "tool", "aliases": ["ok", " "]}""".formatted(name)), "aliases[1]");
		String tooMany = String.join(",",
				java.util.stream.IntStream.range(0, 31).mapToObj((i) -> "\"a" + i + "\"").toList());
		expectInvalid(Api.post(mvc, SKILLS, admin.bearer(), """
				{"name": "%s", "category": "tool", "aliases": [%s]}""".formatted(name, tooMany)), "aliases");
		MvcTestResult unknown = Api.post(mvc, SKILLS, admin.bearer(), """
				{"name": "%s", "category": "tool", "colour": "red"}""".formatted(name));
		assertThat(unknown).hasStatus(400);
		assertThat(unknown).bodyJson().extractingPath("$.code").isEqualTo("unknown_field");
		assertThat(count(SKILLS + "?q=" + name)).isZero();
	}

	@Test
	void adminsChangeSkills() {
		SignedIn admin = users.admin();
		String name = "Changing " + System.nanoTime();
		String id = Api.read(Api.post(mvc, SKILLS, admin.bearer(), """
				{"name": "%s", "category": "tool", "description": "Before.", "aliases": ["old %s"]}""".formatted(name,
				name)), "$.id");
		MvcTestResult renamed = Api.patch(mvc, SKILLS + "/" + id, admin.bearer(), """
				{"name": "%s Renamed", "aliases": ["new %s", "newer %s"], "popularity": 3}""".formatted(name, name,
				name));
		assertThat(renamed).hasStatusOk();
		assertThat(renamed).bodyJson().extractingPath("$.slug").isEqualTo(Names.slug(name + " Renamed"));
		assertThat(renamed).bodyJson().extractingPath("$.description").isEqualTo("Before.");
		assertThat(renamed).bodyJson().extractingPath("$.category").isEqualTo("tool");
		assertThat(renamed).bodyJson().extractingPath("$.aliases").asArray().hasSize(2);
		assertThat(count(SKILLS + "?q=" + "old " + name)).isZero();
		assertThat(count(SKILLS + "?q=" + "newer " + name)).isEqualTo(1);
		MvcTestResult cleared = Api.patch(mvc, SKILLS + "/" + id, admin.bearer(),
				"{\"description\": null, \"category\": \"soft\"}");
		assertThat(cleared).bodyJson().extractingPath("$.description").isNull();
		assertThat(cleared).bodyJson().extractingPath("$.category").isEqualTo("soft");
		expectConflict(Api.patch(mvc, SKILLS + "/" + id, admin.bearer(), "{\"name\": \"Python\"}"), "name_taken");
		expectInvalid(Api.patch(mvc, SKILLS + "/" + id, admin.bearer(), "{\"category\": \"x\"}"), "category");
		assertThat(Api.patch(mvc, SKILLS + "/" + java.util.UUID.randomUUID(), admin.bearer(), "{}")).hasStatus(404);
	}

	@Test
	void deletingRetiresTheSkill() {
		SignedIn admin = users.admin();
		String name = "Retiring " + System.nanoTime();
		String id = Api.read(Api.post(mvc, SKILLS, admin.bearer(), skill(name, "trade")), "$.id");
		assertThat(Api.delete(mvc, SKILLS + "/" + id, admin.bearer(), null)).hasStatus(204);
		assertThat(count(SKILLS + "?q=" + name)).isZero();
		assertThat(Api.get(mvc, SKILLS + "/" + id, null)).hasStatus(404);
		assertThat(Api.get(mvc, SKILLS + "/" + id, admin.bearer())).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("retired");
		assertThat(count(SKILLS + "?status=retired&q=" + name, admin)).isEqualTo(1);
		assertThat(Api.delete(mvc, SKILLS + "/" + java.util.UUID.randomUUID(), admin.bearer(), null)).hasStatus(404);
	}

	@Test
	void onlyAdminsChangeSkillsAndAnonymousCallersAreAskedToSignInFirst() {
		SignedIn candidate = users.candidate();
		SignedIn employer = users.employer();
		String id = java.util.UUID.randomUUID().toString();
		assertThat(Api.post(mvc, SKILLS, null, "not json")).hasStatus(401);
		assertThat(Api.post(mvc, SKILLS, null, "{}").getResponse().getHeader("WWW-Authenticate")).startsWith("Bearer");
		assertThat(Api.patch(mvc, SKILLS + "/" + id, null, "{}")).hasStatus(401);
		assertThat(Api.delete(mvc, SKILLS + "/" + id, null, null)).hasStatus(401);
		assertThat(Api.post(mvc, SKILLS, candidate.bearer(), skill("Nope " + System.nanoTime(), "tool")))
			.hasStatus(403);
		assertThat(Api.patch(mvc, SKILLS + "/" + id, employer.bearer(), "{}")).hasStatus(403);
		assertThat(Api.delete(mvc, SKILLS + "/" + id, employer.bearer(), null)).hasStatus(403);
		assertThat(Api.get(mvc, SKILLS + "?status=pending", null)).hasStatus(401);
		assertThat(Api.get(mvc, SKILLS + "?status=pending", candidate.bearer())).hasStatus(403);
	}

	@Test
	void aPageOfSkillsTakesAFewStatementsWhateverItsSize() {
		caches.getCache(CatalogCaches.SKILLS).clear();
		Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		assertThat(Api.get(mvc, SKILLS + "?page_size=100", null)).hasStatusOk();
		// count, page, aliases of the page (batch fetch)
		assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(3);
		statistics.clear();
		assertThat(Api.get(mvc, SKILLS + "?page_size=100", null)).hasStatusOk();
		assertThat(statistics.getPrepareStatementCount()).as("cached").isZero();
	}

	static String skill(String name, String category) {
		return "{\"name\": \"%s\", \"category\": \"%s\"}".formatted(name, category);
	}

	private int count(String path) {
		return count(path, null);
	}

	private int count(String path, SignedIn caller) {
		MvcTestResult result = Api.get(mvc, path, (caller != null) ? caller.bearer() : null);
		assertThat(result).hasStatusOk();
		return Api.read(result, "$.count");
	}

	static void expectInvalid(MvcTestResult result, String field) {
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("validation_failed");
		assertThat(result).bodyJson().extractingPath("$.errors").asMap().containsKey(field);
	}

	static void expectConflict(MvcTestResult result, String code) {
		assertThat(result).hasStatus(409);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo(code);
	}

}
