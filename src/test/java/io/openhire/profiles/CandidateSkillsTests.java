package io.openhire.profiles;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
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

/** Skill entries: catalog skills by id or by name, levels 1-10, and the skills filter. */
@ApiTest
class CandidateSkillsTests {

	private static final String SKILLS = ME + "/skills";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Test
	void skillsAreAddedByNameOrIdAndShownWithTheirBand() {
		SignedIn candidate = users.candidate();
		String name = uniqueSkill();
		MvcTestResult byName = Api.post(mvc, SKILLS, candidate.bearer(),
				"{\"name\": \"%s\", \"level\": 7, \"years_of_experience\": 4, \"last_used\": \"2025-01-01\"}"
					.formatted(name));
		assertThat(byName).hasStatus(201);
		assertThat(byName).bodyJson().extractingPath("$.skill.name").isEqualTo(name);
		assertThat(byName).bodyJson().extractingPath("$.level").isEqualTo(7);
		assertThat(byName).bodyJson().extractingPath("$.proficiency").isEqualTo("advanced");
		assertThat(byName).bodyJson().extractingPath("$.verified_by_assessment").isEqualTo(false);
		String skillId = Api.read(byName, "$.skill.id");

		SignedIn other = users.candidate();
		MvcTestResult byId = Api.post(mvc, SKILLS, other.bearer(),
				"{\"skill_id\": \"%s\", \"level\": 2}".formatted(skillId));
		assertThat(byId).hasStatus(201);
		assertThat(byId).bodyJson().extractingPath("$.skill.name").isEqualTo(name);
		assertThat(byId).bodyJson().extractingPath("$.proficiency").isEqualTo("beginner");
		// the same name in another letter case is the same skill
		MvcTestResult again = Api.post(mvc, SKILLS, other.bearer(),
				"{\"name\": \"%s\", \"level\": 3}".formatted(name.toLowerCase()));
		assertThat(again).hasStatus(409);
		assertThat(again).bodyJson().extractingPath("$.code").isEqualTo("skill_already_added");

		MvcTestResult profile = Api.get(mvc, ME, candidate.bearer());
		assertThat(profile).bodyJson().extractingPath("$.skills[0].skill.id").isEqualTo(skillId);
		assertThat(profile).bodyJson().extractingPath("$.completeness").isEqualTo(15);
	}

	@Test
	void entriesAreChangedAndDeleted() {
		SignedIn candidate = users.candidate();
		String id = Api.read(
				Api.post(mvc, SKILLS, candidate.bearer(),
						"{\"name\": \"%s\", \"level\": 5, \"years_of_experience\": 2}".formatted(uniqueSkill())),
				"$.id");
		MvcTestResult patched = Api.patch(mvc, SKILLS + "/" + id, candidate.bearer(), "{\"level\": 9}");
		assertThat(patched).hasStatusOk();
		assertThat(patched).bodyJson().extractingPath("$.proficiency").isEqualTo("expert");
		assertThat(patched).bodyJson().extractingPath("$.years_of_experience").isEqualTo(2);

		String renamed = uniqueSkill();
		MvcTestResult moved = Api.patch(mvc, SKILLS + "/" + id, candidate.bearer(),
				"{\"name\": \"%s\"}".formatted(renamed));
		assertThat(moved).hasStatusOk();
		assertThat(moved).bodyJson().extractingPath("$.skill.name").isEqualTo(renamed);
		assertThat(moved).bodyJson().extractingPath("$.level").isEqualTo(9);

		MvcTestResult replaced = put(mvc, SKILLS + "/" + id, candidate.bearer(),
				"{\"name\": \"%s\", \"level\": 4}".formatted(renamed));
		assertThat(replaced).bodyJson().extractingPath("$.years_of_experience").isNull();
		assertThat(Api.get(mvc, SKILLS, candidate.bearer())).bodyJson().extractingPath("$").asArray().hasSize(1);
		assertThat(Api.delete(mvc, SKILLS + "/" + id, candidate.bearer(), null)).hasStatus(204);
		assertThat(Api.get(mvc, SKILLS, candidate.bearer())).bodyJson().extractingPath("$").asArray().isEmpty();
	}

	@Test
	void levelsOutsideOneToTenAreRefused() {
		SignedIn candidate = users.candidate();
		String name = uniqueSkill();
		assertInvalid(Api.post(mvc, SKILLS, candidate.bearer(), "{\"name\": \"%s\", \"level\": 0}".formatted(name)),
				"level");
		assertInvalid(Api.post(mvc, SKILLS, candidate.bearer(), "{\"name\": \"%s\", \"level\": 11}".formatted(name)),
				"level");
		assertInvalid(Api.post(mvc, SKILLS, candidate.bearer(), "{\"name\": \"%s\"}".formatted(name)), "level");
		String id = Api.read(
				Api.post(mvc, SKILLS, candidate.bearer(), "{\"name\": \"%s\", \"level\": 5}".formatted(name)), "$.id");
		assertInvalid(Api.patch(mvc, SKILLS + "/" + id, candidate.bearer(), "{\"level\": 11}"), "level");
		assertInvalid(Api.patch(mvc, SKILLS + "/" + id, candidate.bearer(), "{\"level\": null}"), "level");
	}

	@Test
	void unknownSkillIdsAndMissingSkillsAreRefused() {
		SignedIn candidate = users.candidate();
		assertInvalid(Api.post(mvc, SKILLS, candidate.bearer(),
				"{\"skill_id\": \"%s\", \"level\": 5}".formatted(UUID.randomUUID())), "skill_id");
		assertInvalid(Api.post(mvc, SKILLS, candidate.bearer(), "{\"level\": 5}"), "skill_id");
		assertInvalid(
				Api.post(mvc, SKILLS, candidate.bearer(),
						"{\"skill_id\": \"%s\", \"name\": \"Java\", \"level\": 5}".formatted(UUID.randomUUID())),
				"name");
		assertInvalid(Api.post(mvc, SKILLS, candidate.bearer(),
				"{\"name\": \"%s\", \"level\": 5}".formatted("x".repeat(101))), "name");
		assertInvalid(Api.post(mvc, SKILLS, candidate.bearer(), "{\"skill_id\": \"nope\", \"level\": 5}"), "skill_id");
		String id = Api.read(
				Api.post(mvc, SKILLS, candidate.bearer(), "{\"name\": \"%s\", \"level\": 5}".formatted(uniqueSkill())),
				"$.id");
		assertInvalid(Api.patch(mvc, SKILLS + "/" + id, candidate.bearer(),
				"{\"skill_id\": \"%s\"}".formatted(UUID.randomUUID())), "skill_id");
	}

	@Test
	void anotherUsersSkillEntryIsNotFound() {
		SignedIn owner = users.candidate();
		String id = Api.read(
				Api.post(mvc, SKILLS, owner.bearer(), "{\"name\": \"%s\", \"level\": 5}".formatted(uniqueSkill())),
				"$.id");
		SignedIn other = users.candidate();
		assertThat(Api.get(mvc, SKILLS + "/" + id, other.bearer())).hasStatus(404);
		assertThat(Api.patch(mvc, SKILLS + "/" + id, other.bearer(), "{\"level\": 1}")).hasStatus(404);
		assertThat(Api.delete(mvc, SKILLS + "/" + id, other.bearer(), null)).hasStatus(404);
		assertThat(Api.get(mvc, SKILLS + "/" + id, owner.bearer())).bodyJson().extractingPath("$.level").isEqualTo(5);
	}

	@Test
	void theListFiltersBySkillsAndLevel() {
		String tag = CandidateListTests.tag();
		String java = uniqueSkill();
		String sql = uniqueSkill();
		SignedIn expert = candidateWith(tag, "{\"name\": \"%s\", \"level\": 9}".formatted(java),
				"{\"name\": \"%s\", \"level\": 6}".formatted(sql));
		SignedIn junior = candidateWith(tag, "{\"name\": \"%s\", \"level\": 3}".formatted(java));
		SignedIn none = candidateWith(tag);
		String javaId = skillId(expert, java);
		String sqlId = skillId(expert, sql);
		SignedIn employer = users.employer();

		assertThat(ids(employer, "q=" + tag)).hasSize(3).contains(id(none));
		assertThat(ids(employer, "q=" + tag + "&skills=" + javaId)).containsExactlyInAnyOrder(id(expert), id(junior));
		assertThat(ids(employer, "q=" + tag + "&skills=" + javaId + "&min_level=7")).containsExactly(id(expert));
		assertThat(ids(employer, "q=" + tag + "&skills=" + javaId + "," + sqlId)).containsExactly(id(expert));
		assertThat(ids(employer, "q=" + tag + "&skills=" + javaId + "&skills=" + sqlId + "&min_level=7")).isEmpty();
		MvcTestResult page = Api.get(mvc, CANDIDATES + "?q=" + tag + "&skills=" + javaId + "&min_level=7",
				employer.bearer());
		assertThat(page).bodyJson().extractingPath("$.results[0].skills[*].skill.name").isEqualTo(List.of(java, sql));
		assertThat(page).bodyJson().extractingPath("$.results[0].skills[0].proficiency").isEqualTo("expert");
	}

	/**
	 * A candidate with the skills, once the search shows them with all of those (it
	 * follows a profile after each change commits).
	 */
	private SignedIn candidateWith(String tag, String... skills) {
		SignedIn candidate = users.candidate();
		put(mvc, ME, candidate.bearer(), "{\"headline\": \"Developer %s\"}".formatted(tag));
		for (String skill : skills) {
			assertThat(Api.post(mvc, SKILLS, candidate.bearer(), skill)).hasStatus(201);
		}
		List<String> skillIds = Api.read(Api.get(mvc, SKILLS, candidate.bearer()), "$[*].skill.id");
		String query = "q=" + tag + (skillIds.isEmpty() ? "" : "&skills=" + String.join(",", skillIds));
		String id = id(candidate);
		SignedIn admin = users.admin();
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> ids(admin, query).contains(id));
		return candidate;
	}

	private String skillId(SignedIn candidate, String name) {
		List<String> ids = Api.read(Api.get(mvc, SKILLS, candidate.bearer()),
				"$[?(@.skill.name == '%s')].skill.id".formatted(name));
		return ids.get(0);
	}

	private String id(SignedIn candidate) {
		return Api.read(Api.get(mvc, ME, candidate.bearer()), "$.id");
	}

	private List<String> ids(SignedIn caller, String query) {
		MvcTestResult page = Api.get(mvc, CANDIDATES + "?page_size=100&" + query, caller.bearer());
		assertThat(page).hasStatusOk();
		return Api.read(page, "$.results[*].id");
	}

	static String uniqueSkill() {
		return "Skill " + CandidateListTests.tag();
	}

}
