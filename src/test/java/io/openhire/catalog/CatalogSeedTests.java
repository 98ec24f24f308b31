package io.openhire.catalog;

import java.util.List;
import java.util.Map;

import io.openhire.Api;
import io.openhire.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The starter catalog that V7 ships: enough real data to use at once. */
@ApiTest
class CatalogSeedTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SkillCatalog catalog;

	@Test
	void shipsHundredsOfSkillsCategoriesQualificationsAndCities() {
		assertThat(count("/api/v1/skills")).isGreaterThanOrEqualTo(300);
		assertThat(count("/api/v1/categories")).isGreaterThanOrEqualTo(60);
		assertThat(count("/api/v1/qualifications")).isGreaterThanOrEqualTo(40);
		assertThat(count("/api/v1/locations")).isGreaterThanOrEqualTo(250);
		for (String country : List.of("NL", "IN", "US", "GB")) {
			assertThat(count("/api/v1/locations?country=" + country)).as(country).isGreaterThanOrEqualTo(40);
		}
		for (String category : List.of("clinical", "technical", "tool", "trade", "hospitality", "administrative",
				"language", "soft")) {
			assertThat(count("/api/v1/skills?category=" + category)).as(category).isGreaterThanOrEqualTo(20);
		}
	}

	@Test
	void commonAliasesResolveToTheirSkills() {
		Map<String, String> expected = Map.of("JS", "JavaScript", "k8s", "Kubernetes", "RN", "Registered Nursing",
				"ICU", "Intensive Care", "bls", "Basic Life Support", "ACLS", "Advanced Cardiac Life Support",
				" golang ", "Go", "EKG", "Electrocardiography", "Phlebotomy", "Phlebotomy", "c#", "C#");
		expected.forEach((name, skill) -> assertThat(catalog.resolve(name).name()).as(name).isEqualTo(skill));
		assertThat(catalog.resolve("C++").slug()).isEqualTo("c-plus-plus");
	}

	@Test
	void aliasSearchFindsTheSkill() {
		MvcTestResult js = Api.get(mvc, "/api/v1/skills?q=js", null);
		assertThat(js).hasStatusOk();
		List<String> names = Api.read(js, "$.results[*].name");
		assertThat(names).containsExactly("JavaScript");
		assertThat(js).bodyJson().extractingPath("$.results[0].aliases").asArray().isNotEmpty();
		List<String> nodes = Api.read(Api.get(mvc, "/api/v1/skills?q=NODE", null), "$.results[*].name");
		assertThat(nodes).containsExactly("Node.js");
		List<String> k8s = Api.read(Api.get(mvc, "/api/v1/skills?q=K8", null), "$.results[*].name");
		assertThat(k8s).containsExactly("Kubernetes");
	}

	@Test
	void categoriesFormATree() {
		MvcTestResult roots = Api.get(mvc, "/api/v1/categories?root=true&q=healthcare", null);
		String healthcare = Api.read(roots, "$.results[0].id");
		MvcTestResult nursing = Api.get(mvc, "/api/v1/categories?q=nursing&parent_id=" + healthcare, null);
		assertThat(nursing).bodyJson().extractingPath("$.results[0].name").isEqualTo("Nursing");
		String nursingId = Api.read(nursing, "$.results[0].id");
		List<String> children = Api.read(Api.get(mvc, "/api/v1/categories?page_size=100&parent_id=" + nursingId, null),
				"$.results[*].name");
		assertThat(children).contains("ICU Nursing", "Emergency Nursing");
		assertThat(roots).bodyJson().extractingPath("$.results[0].job_count").isEqualTo(0);
	}

	@Test
	void citiesHaveTheirCoordinates() {
		MvcTestResult amsterdam = Api.get(mvc, "/api/v1/locations?q=amsterdam&country=nl", null);
		assertThat(amsterdam).bodyJson().extractingPath("$.results[0].region").isEqualTo("Noord-Holland");
		assertThat((Double) Api.read(amsterdam, "$.results[0].latitude")).isCloseTo(52.37, within(0.05));
		assertThat((Double) Api.read(amsterdam, "$.results[0].longitude")).isCloseTo(4.89, within(0.05));
		MvcTestResult mumbai = Api.get(mvc, "/api/v1/locations?q=Mumbai", null);
		assertThat(mumbai).bodyJson().extractingPath("$.results[0].country").isEqualTo("IN");
		assertThat((Double) Api.read(mumbai, "$.results[0].latitude")).isCloseTo(19.08, within(0.1));
		assertThat((Double) Api.read(Api.get(mvc, "/api/v1/locations?q=london&country=GB", null),
				"$.results[0].longitude"))
			.isCloseTo(-0.13, within(0.05));
		assertThat((Double) Api.read(Api.get(mvc, "/api/v1/locations?q=chicago&country=US", null),
				"$.results[0].latitude"))
			.isCloseTo(41.88, within(0.1));
	}

	@Test
	void qualificationsFilterByLevel() {
		MvcTestResult doctorates = Api.get(mvc, "/api/v1/qualifications?level=doctorate&page_size=100", null);
		List<String> levels = Api.read(doctorates, "$.results[*].level");
		assertThat(levels).isNotEmpty().containsOnly("doctorate");
		assertThat(Api.get(mvc, "/api/v1/qualifications?q=bachelor of science in nursing", null)).bodyJson()
			.extractingPath("$.results[0].field")
			.isEqualTo("Nursing");
	}

	private int count(String path) {
		MvcTestResult result = Api.get(mvc, path, null);
		assertThat(result).hasStatusOk();
		return Api.read(result, "$.count");
	}

}
