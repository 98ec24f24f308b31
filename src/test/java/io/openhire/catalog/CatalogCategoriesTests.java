package io.openhire.catalog;

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

import static io.openhire.catalog.CatalogSkillsTests.expectConflict;
import static io.openhire.catalog.CatalogSkillsTests.expectInvalid;
import static org.assertj.core.api.Assertions.assertThat;

/** The job category tree: public lists, admin changes that keep it a tree. */
@ApiTest
class CatalogCategoriesTests {

	private static final String CATEGORIES = "/api/v1/categories";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CategoryCatalog catalog;

	@Test
	void adminsBuildATree() {
		SignedIn admin = users.admin();
		String top = "Top " + System.nanoTime();
		String topId = create(admin, "{\"name\": \"%s\"}".formatted(top));
		String childId = create(admin, "{\"name\": \"%s Child\", \"parent_id\": \"%s\"}".formatted(top, topId));
		List<String> children = Api.read(Api.get(mvc, CATEGORIES + "?parent_id=" + topId, null), "$.results[*].id");
		assertThat(children).containsExactly(childId);
		List<String> roots = Api.read(Api.get(mvc, CATEGORIES + "?root=true&q=" + top, null), "$.results[*].id");
		assertThat(roots).containsExactly(topId);
		MvcTestResult child = Api.get(mvc, CATEGORIES + "/" + childId, null);
		assertThat(child).bodyJson().extractingPath("$.parent_id").isEqualTo(topId);
		assertThat(child).bodyJson().extractingPath("$.slug").isEqualTo(Names.slug(top + " Child"));
		assertThat(child).bodyJson().extractingPath("$.job_count").isEqualTo(0);
		assertThat(catalog.find(UUID.fromString(childId))).map(CategoryRef::parentId).contains(UUID.fromString(topId));

		MvcTestResult moved = Api.patch(mvc, CATEGORIES + "/" + childId, admin.bearer(), "{\"parent_id\": null}");
		assertThat(moved).bodyJson().extractingPath("$.parent_id").isNull();
		MvcTestResult renamed = Api.patch(mvc, CATEGORIES + "/" + childId, admin.bearer(),
				"{\"name\": \"%s Renamed\"}".formatted(top));
		assertThat(renamed).bodyJson().extractingPath("$.name").isEqualTo(top + " Renamed");
		assertThat(renamed).bodyJson().extractingPath("$.parent_id").isNull();
		assertThat(catalog.find(UUID.fromString(childId))).map(CategoryRef::name).contains(top + " Renamed");
	}

	@Test
	void theTreeHasNoCycles() {
		SignedIn admin = users.admin();
		String a = create(admin, "{\"name\": \"Cycle A %d\"}".formatted(System.nanoTime()));
		String b = create(admin, "{\"name\": \"Cycle B %d\", \"parent_id\": \"%s\"}".formatted(System.nanoTime(), a));
		String c = create(admin, "{\"name\": \"Cycle C %d\", \"parent_id\": \"%s\"}".formatted(System.nanoTime(), b));
		expectInvalid(Api.patch(mvc, CATEGORIES + "/" + a, admin.bearer(), "{\"parent_id\": \"%s\"}".formatted(c)),
				"parent_id");
		expectInvalid(Api.patch(mvc, CATEGORIES + "/" + a, admin.bearer(), "{\"parent_id\": \"%s\"}".formatted(a)),
				"parent_id");
		expectInvalid(Api.patch(mvc, CATEGORIES + "/" + a, admin.bearer(),
				"{\"parent_id\": \"%s\"}".formatted(UUID.randomUUID())), "parent_id");
	}

	@Test
	void validationAndConflicts() {
		SignedIn admin = users.admin();
		String name = "Valid Category " + System.nanoTime();
		expectInvalid(Api.post(mvc, CATEGORIES, admin.bearer(), "{}"), "name");
		expectInvalid(Api.post(mvc, CATEGORIES, admin.bearer(), "{\"name\": \" \"}"), "name");
		expectInvalid(Api.post(mvc, CATEGORIES, admin.bearer(), "{\"name\": \"%s\"}".formatted("n".repeat(101))),
				"name");
		expectInvalid(Api.post(mvc, CATEGORIES, admin.bearer(),
				"{\"name\": \"%s\", \"parent_id\": \"%s\"}".formatted(name, UUID.randomUUID())), "parent_id");
		expectInvalid(
				Api.post(mvc, CATEGORIES, admin.bearer(), "{\"name\": \"%s\", \"parent_id\": \"x\"}".formatted(name)),
				"parent_id");
		expectConflict(Api.post(mvc, CATEGORIES, admin.bearer(), "{\"name\": \"nursing\"}"), "name_taken");
		expectInvalid(Api.get(mvc, CATEGORIES + "?parent_id=nope", null), "parent_id");
		expectInvalid(Api.get(mvc, CATEGORIES + "?root=maybe", null), "root");
		expectInvalid(Api.get(mvc, CATEGORIES + "?root=true&parent_id=" + UUID.randomUUID(), null), "root");
	}

	@Test
	void onlyEmptyCategoriesWithoutJobsCanBeDeleted() {
		SignedIn admin = users.admin();
		String parent = create(admin, "{\"name\": \"Deletable %d\"}".formatted(System.nanoTime()));
		String child = create(admin,
				"{\"name\": \"Deletable Child %d\", \"parent_id\": \"%s\"}".formatted(System.nanoTime(), parent));
		expectConflict(Api.delete(mvc, CATEGORIES + "/" + parent, admin.bearer(), null), "in_use");
		catalog.jobCountChanged(UUID.fromString(child), 1);
		expectConflict(Api.delete(mvc, CATEGORIES + "/" + child, admin.bearer(), null), "in_use");
		catalog.jobCountChanged(UUID.fromString(child), -1);
		assertThat(Api.delete(mvc, CATEGORIES + "/" + child, admin.bearer(), null)).hasStatus(204);
		assertThat(Api.delete(mvc, CATEGORIES + "/" + parent, admin.bearer(), null)).hasStatus(204);
		assertThat(Api.get(mvc, CATEGORIES + "/" + parent, null)).hasStatus(404);
		assertThat(catalog.find(UUID.fromString(parent))).isEmpty();
	}

	@Test
	void onlyAdminsChangeCategories() {
		String id = UUID.randomUUID().toString();
		assertThat(Api.post(mvc, CATEGORIES, null, "{\"name\": 5}")).hasStatus(401);
		assertThat(Api.post(mvc, CATEGORIES, users.candidate().bearer(), "{}")).hasStatus(403);
		assertThat(Api.patch(mvc, CATEGORIES + "/" + id, users.employer().bearer(), "{}")).hasStatus(403);
		assertThat(Api.delete(mvc, CATEGORIES + "/" + id, null, null)).hasStatus(401);
	}

	private String create(SignedIn admin, String json) {
		MvcTestResult created = Api.post(mvc, CATEGORIES, admin.bearer(), json);
		assertThat(created).hasStatus(201);
		return Api.read(created, "$.id");
	}

}
