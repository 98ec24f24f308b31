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

/** Qualifications and locations: public lists with filters, admin changes. */
@ApiTest
class CatalogQualificationsAndLocationsTests {

	private static final String QUALIFICATIONS = "/api/v1/qualifications";

	private static final String LOCATIONS = "/api/v1/locations";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Test
	void adminsManageQualifications() {
		SignedIn admin = users.admin();
		String name = "Diploma of Testing " + System.nanoTime();
		MvcTestResult created = Api.post(mvc, QUALIFICATIONS, admin.bearer(),
				"{\"name\": \"%s\", \"level\": \"diploma\", \"field\": \"Testing\"}".formatted(name));
		assertThat(created).hasStatus(201);
		String id = Api.read(created, "$.id");
		List<String> found = Api.read(Api.get(mvc, QUALIFICATIONS + "?level=diploma&q=" + name, null),
				"$.results[*].id");
		assertThat(found).containsExactly(id);
		assertThat(Api.read(Api.get(mvc, QUALIFICATIONS + "?level=master&q=" + name, null), "$.count").equals(0))
			.isTrue();
		MvcTestResult changed = Api.patch(mvc, QUALIFICATIONS + "/" + id, admin.bearer(),
				"{\"level\": \"certificate\", \"field\": null}");
		assertThat(changed).bodyJson().extractingPath("$.level").isEqualTo("certificate");
		assertThat(changed).bodyJson().extractingPath("$.field").isNull();
		assertThat(changed).bodyJson().extractingPath("$.name").isEqualTo(name);
		expectConflict(Api.post(mvc, QUALIFICATIONS, admin.bearer(),
				"{\"name\": \"%s\", \"level\": \"master\"}".formatted(name.toLowerCase())), "name_taken");
		expectInvalid(Api.post(mvc, QUALIFICATIONS, admin.bearer(), "{\"level\": \"master\"}"), "name");
		expectInvalid(Api.post(mvc, QUALIFICATIONS, admin.bearer(), "{\"name\": \"%s x\"}".formatted(name)), "level");
		expectInvalid(Api.post(mvc, QUALIFICATIONS, admin.bearer(),
				"{\"name\": \"%s x\", \"level\": \"phd\"}".formatted(name)), "level");
		expectInvalid(Api.post(mvc, QUALIFICATIONS, admin.bearer(),
				"{\"name\": \"%s x\", \"level\": \"master\", \"field\": \"%s\"}".formatted(name, "f".repeat(101))),
				"field");
		expectInvalid(Api.get(mvc, QUALIFICATIONS + "?level=phd", null), "level");
		assertThat(Api.delete(mvc, QUALIFICATIONS + "/" + id, admin.bearer(), null)).hasStatus(204);
		assertThat(Api.get(mvc, QUALIFICATIONS + "/" + id, null)).hasStatus(404);
	}

	@Test
	void adminsManageLocations() {
		SignedIn admin = users.admin();
		String city = "Testdorp " + System.nanoTime();
		MvcTestResult created = Api.post(mvc, LOCATIONS, admin.bearer(), """
				{"city": "%s", "region": "Utrecht", "country": "nl", "latitude": 52.1, "longitude": 5.1}"""
			.formatted(city));
		assertThat(created).hasStatus(201);
		assertThat(created).bodyJson().extractingPath("$.country").isEqualTo("NL");
		String id = Api.read(created, "$.id");
		List<String> found = Api.read(Api.get(mvc, LOCATIONS + "?country=NL&q=" + city, null), "$.results[*].id");
		assertThat(found).containsExactly(id);
		assertThat((Integer) Api.read(Api.get(mvc, LOCATIONS + "?country=IN&q=" + city, null), "$.count")).isZero();
		expectConflict(Api.post(mvc, LOCATIONS, admin.bearer(), """
				{"city": "%s", "region": "utrecht", "country": "NL", "latitude": 52, "longitude": 5}"""
			.formatted(city.toUpperCase())), "name_taken");
		MvcTestResult changed = Api.patch(mvc, LOCATIONS + "/" + id, admin.bearer(),
				"{\"region\": null, \"latitude\": -33.5}");
		assertThat(changed).bodyJson().extractingPath("$.region").isNull();
		assertThat(changed).bodyJson().extractingPath("$.latitude").isEqualTo(-33.5);
		assertThat(changed).bodyJson().extractingPath("$.longitude").isEqualTo(5.1);
		expectInvalid(Api.patch(mvc, LOCATIONS + "/" + id, admin.bearer(), "{\"longitude\": 181}"), "longitude");
		expectInvalid(Api.patch(mvc, LOCATIONS + "/" + id, admin.bearer(), "{\"latitude\": -90.01}"), "latitude");
		expectInvalid(Api.patch(mvc, LOCATIONS + "/" + id, admin.bearer(), "{\"country\": \"UK\"}"), "country");
		expectInvalid(Api.patch(mvc, LOCATIONS + "/" + id, admin.bearer(), "{\"country\": \"Netherlands\"}"),
				"country");
		expectInvalid(Api.patch(mvc, LOCATIONS + "/" + id, admin.bearer(), "{\"city\": \"\"}"), "city");
		expectInvalid(
				Api.post(mvc, LOCATIONS, admin.bearer(), "{\"city\": \"X\", \"country\": \"NL\", \"latitude\": 1}"),
				"longitude");
		expectInvalid(
				Api.post(mvc, LOCATIONS, admin.bearer(),
						"{\"city\": \"X\", \"country\": \"NL\", \"latitude\": \"north\", \"longitude\": 1}"),
				"latitude");
		expectInvalid(Api.get(mvc, LOCATIONS + "?country=XX", null), "country");
		assertThat(Api.delete(mvc, LOCATIONS + "/" + id, admin.bearer(), null)).hasStatus(204);
		assertThat(Api.get(mvc, LOCATIONS + "/" + id, null)).hasStatus(404);
		assertThat(Api.delete(mvc, LOCATIONS + "/" + id, admin.bearer(), null)).hasStatus(404);
	}

	@Test
	void onlyAdminsChangeQualificationsAndLocations() {
		String id = UUID.randomUUID().toString();
		assertThat(Api.post(mvc, QUALIFICATIONS, null, "{}")).hasStatus(401);
		assertThat(Api.post(mvc, LOCATIONS, null, "[")).hasStatus(401);
		assertThat(Api.patch(mvc, LOCATIONS + "/" + id, users.candidate().bearer(), "{}")).hasStatus(403);
		assertThat(Api.delete(mvc, QUALIFICATIONS + "/" + id, users.employer().bearer(), null)).hasStatus(403);
	}

}
