package io.openhire.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.openhire.catalog.CatalogSkillsTests.expectConflict;
import static io.openhire.catalog.CatalogSkillsTests.expectInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Unknown skill names become pending skills that admins approve or merge. */
@ApiTest
class CatalogPendingSkillsTests {

	private static final String SKILLS = "/api/v1/skills";

	private static final String ADMIN_SKILLS = "/api/v1/admin/skills/";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	SkillCatalog catalog;

	@Test
	void anUnknownNameCreatesOnePendingSkillOnlyAdminsSee() {
		String name = "Pending Skill " + System.nanoTime();
		SkillRef created = catalog.resolve("  " + name + " ");
		assertThat(created.name()).isEqualTo(name);
		assertThat(created.slug()).isEqualTo(Names.slug(name));
		assertThat(catalog.resolve(name.toUpperCase())).isEqualTo(created);
		assertThat(catalog.find(created.id())).contains(created);

		assertThat(count(SKILLS + "?q=" + name, null)).isZero();
		assertThat(Api.get(mvc, SKILLS + "/" + created.id(), null)).hasStatus(404);
		assertThat(Api.get(mvc, SKILLS + "/" + created.id(), users.candidate().bearer())).hasStatus(404);
		SignedIn admin = users.admin();
		MvcTestResult pending = Api.get(mvc, SKILLS + "?status=pending&q=" + name, admin.bearer());
		assertThat(pending).bodyJson().extractingPath("$.count").isEqualTo(1);
		assertThat(pending).bodyJson().extractingPath("$.results[0].status").isEqualTo("pending");
		assertThat(pending).bodyJson().extractingPath("$.results[0].category").isEqualTo("other");
	}

	@Test
	void resolveRefusesBlankAndOverlongNames() {
		assertThatThrownBy(() -> catalog.resolve("  ")).isInstanceOf(io.openhire.shared.ApiProblem.class);
		assertThatThrownBy(() -> catalog.resolve("x".repeat(101))).isInstanceOf(io.openhire.shared.ApiProblem.class);
	}

	@Test
	void approvalMakesAPendingSkillPublic() {
		SignedIn admin = users.admin();
		SkillRef pending = catalog.resolve("Approvable " + System.nanoTime());
		MvcTestResult approved = Api.post(mvc, ADMIN_SKILLS + pending.id() + "/approve", admin.bearer(), null);
		assertThat(approved).hasStatusOk();
		assertThat(approved).bodyJson().extractingPath("$.status").isEqualTo("approved");
		assertThat(count(SKILLS + "?q=" + pending.name(), null)).isEqualTo(1);
		assertThat(count(SKILLS + "?status=pending&q=" + pending.name(), admin)).isZero();
		assertThat(Api.post(mvc, ADMIN_SKILLS + UUID.randomUUID() + "/approve", admin.bearer(), null)).hasStatus(404);
	}

	@Test
	void mergingMakesThePendingNameAnAliasAndItsIdResolveToTheTarget() {
		SignedIn admin = users.admin();
		String targetName = "Merge Target " + System.nanoTime();
		String targetId = Api.read(Api.post(mvc, SKILLS, admin.bearer(), """
				{"name": "%s", "category": "technical", "popularity": 10}""".formatted(targetName)), "$.id");
		SkillRef pending = catalog.resolve("Merge Source " + System.nanoTime());
		SkillRef other = catalog.resolve("Merge Other " + System.nanoTime());

		MvcTestResult merged = Api.post(mvc, ADMIN_SKILLS + pending.id() + "/merge", admin.bearer(),
				"{\"into_id\": \"%s\"}".formatted(targetId));
		assertThat(merged).hasStatusOk();
		assertThat(merged).bodyJson().extractingPath("$.id").isEqualTo(targetId);
		List<String> aliases = Api.read(merged, "$.aliases");
		assertThat(aliases).contains(pending.name());

		SkillRef target = new SkillRef(UUID.fromString(targetId), targetName, Names.slug(targetName));
		assertThat(catalog.find(pending.id())).contains(target);
		assertThat(catalog.findAll(List.of(pending.id(), other.id(), UUID.randomUUID())))
			.isEqualTo(Map.of(pending.id(), target, other.id(), other));
		assertThat(catalog.resolve(pending.name().toLowerCase())).isEqualTo(target);
		assertThat(count(SKILLS + "?q=" + pending.name(), null)).as("found by its alias").isEqualTo(1);
		assertThat(count(SKILLS + "?status=pending&q=" + pending.name(), admin)).isZero();
		assertThat(Api.get(mvc, SKILLS + "/" + pending.id(), admin.bearer())).bodyJson()
			.extractingPath("$.merged_into_id")
			.isEqualTo(targetId);

		expectConflict(Api.post(mvc, ADMIN_SKILLS + pending.id() + "/merge", admin.bearer(),
				"{\"into_id\": \"%s\"}".formatted(targetId)), "invalid_transition");
		expectConflict(Api.post(mvc, ADMIN_SKILLS + pending.id() + "/approve", admin.bearer(), null),
				"invalid_transition");
		expectInvalid(Api.post(mvc, ADMIN_SKILLS + other.id() + "/merge", admin.bearer(),
				"{\"into_id\": \"%s\"}".formatted(other.id())), "into_id");
		expectInvalid(Api.post(mvc, ADMIN_SKILLS + other.id() + "/merge", admin.bearer(),
				"{\"into_id\": \"%s\"}".formatted(UUID.randomUUID())), "into_id");
		SkillRef alsoPending = catalog.resolve("Merge Pending Target " + System.nanoTime());
		expectInvalid(Api.post(mvc, ADMIN_SKILLS + other.id() + "/merge", admin.bearer(),
				"{\"into_id\": \"%s\"}".formatted(alsoPending.id())), "into_id");
		expectInvalid(Api.post(mvc, ADMIN_SKILLS + other.id() + "/merge", admin.bearer(), "{}"), "into_id");
		assertThat(Api.post(mvc, ADMIN_SKILLS + UUID.randomUUID() + "/merge", admin.bearer(),
				"{\"into_id\": \"%s\"}".formatted(targetId)))
			.hasStatus(404);
	}

	@Test
	void aMergedSkillsOwnMergesFollowItToTheNewTarget() {
		SignedIn admin = users.admin();
		String middleId = Api.read(
				Api.post(mvc, SKILLS, admin.bearer(), CatalogSkillsTests.skill("Middle " + System.nanoTime(), "tool")),
				"$.id");
		String finalName = "Final " + System.nanoTime();
		String finalId = Api.read(Api.post(mvc, SKILLS, admin.bearer(), CatalogSkillsTests.skill(finalName, "tool")),
				"$.id");
		SkillRef first = catalog.resolve("First " + System.nanoTime());
		assertThat(Api.post(mvc, ADMIN_SKILLS + first.id() + "/merge", admin.bearer(),
				"{\"into_id\": \"%s\"}".formatted(middleId)))
			.hasStatusOk();
		assertThat(Api.post(mvc, ADMIN_SKILLS + middleId + "/merge", admin.bearer(),
				"{\"into_id\": \"%s\"}".formatted(finalId)))
			.hasStatusOk();
		assertThat(catalog.find(first.id())).map(SkillRef::name).contains(finalName);
		assertThat(catalog.resolve(first.name())).extracting(SkillRef::name).isEqualTo(finalName);
	}

	@Test
	void aRetiredSkillNamedAgainReturnsToTheQueueAndStillResolvesById() {
		SignedIn admin = users.admin();
		String name = "Returning " + System.nanoTime();
		String id = Api.read(Api.post(mvc, SKILLS, admin.bearer(), CatalogSkillsTests.skill(name, "soft")), "$.id");
		assertThat(Api.delete(mvc, SKILLS + "/" + id, admin.bearer(), null)).hasStatus(204);
		assertThat(catalog.find(UUID.fromString(id))).map(SkillRef::name).contains(name);
		assertThat(catalog.resolve(name).id()).hasToString(id);
		assertThat(count(SKILLS + "?status=pending&q=" + name, admin)).isEqualTo(1);
	}

	@Test
	void adminChangesAreAudited() {
		SignedIn admin = users.admin();
		SkillRef pending = catalog.resolve("Audited " + System.nanoTime());
		assertThat(Api.post(mvc, ADMIN_SKILLS + pending.id() + "/approve", admin.bearer(), null)).hasStatusOk();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(Api.get(mvc,
					"/api/v1/admin/audit-log?action=skill_approved&entity_id=" + pending.id(), admin.bearer()))
				.bodyJson()
				.extractingPath("$.results[0].actor_id")
				.isEqualTo(admin.id().toString()));
	}

	@Test
	void onlyAdminsApproveAndMerge() {
		String id = UUID.randomUUID().toString();
		assertThat(Api.post(mvc, ADMIN_SKILLS + id + "/approve", null, null)).hasStatus(401);
		assertThat(Api.post(mvc, ADMIN_SKILLS + id + "/merge", users.candidate().bearer(), "{}")).hasStatus(403);
		assertThat(Api.post(mvc, ADMIN_SKILLS + id + "/approve", users.employer().bearer(), null)).hasStatus(403);
	}

	private int count(String path, SignedIn caller) {
		MvcTestResult result = Api.get(mvc, path, (caller != null) ? caller.bearer() : null);
		assertThat(result).hasStatusOk();
		return Api.read(result, "$.count");
	}

}
