package io.openhire.search;

import java.util.List;

import io.openhire.shared.ApiProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a search request, without the application: words, typos, checks. */
class SearchQueryTests {

	@Test
	void onlyLettersAndDigitsMakeWords() {
		assertThat(JobQuery.words("title:(a OR")).containsExactly("title", "a", "or");
		assertThat(JobQuery.words("\"*\" ~2^3 [* TO *]")).containsExactly("2", "3", "to");
		assertThat(JobQuery.words("Verpleegkundige, IC-afdeling")).containsExactly("verpleegkundige", "ic", "afdeling");
	}

	@Test
	void typosAllowedGrowWithWordLength() {
		assertThat(JobPredicates.edits("go")).isZero();
		assertThat(JobPredicates.edits("sql")).isZero();
		assertThat(JobPredicates.edits("nurse")).isEqualTo(1);
		assertThat(JobPredicates.edits("python")).isEqualTo(1);
		assertThat(JobPredicates.edits("developer")).isEqualTo(2);
	}

	@Test
	void aSwapOfNeighboursIsOneEdit() {
		assertThat(Edits.distance("pyhton", "python")).isEqualTo(1);
		assertThat(Edits.distance("nurce", "nurse")).isEqualTo(1);
		assertThat(Edits.distance("nurse", "nurse")).isZero();
		assertThat(Edits.distance("", "abc")).isEqualTo(3);
	}

	@Test
	void suggestionsKeepValuesWhoseWordsStartWithWhatWasTyped() {
		assertThat(Suggestions.matches("Registered Nurse", List.of("nur"))).isTrue();
		assertThat(Suggestions.matches("Registered Nurse", List.of("reg", "nu"))).isTrue();
		assertThat(Suggestions.matches("Registered Nurse", List.of("nurc"))).isTrue();
		assertThat(Suggestions.matches("Registered Nurse", List.of("doc"))).isFalse();
	}

	@Test
	void everyBadParameterIsNamedAtOnce() {
		SearchRequest request = new SearchRequest("x".repeat(201), null, null, List.of("astronaut"), null, null, null,
				52.0, null, -1.0, null, null, null, null, null, null, null, null, "cheapest", List.of("bogus"), null, 0,
				101);
		assertThatThrownBy(() -> JobQuery.of(request)).isInstanceOfSatisfying(ApiProblem.class, (problem) -> {
			assertThat(problem.code()).isEqualTo("validation_failed");
			assertThat(problem.getBody().getProperties().get(ApiProblem.ERRORS))
				.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
				.containsKeys("q", "job_type", "lon", "radius_km", "sort", "facets", "page", "page_size");
		});
	}

	@Test
	void anUnknownBackendStopsTheStartWithAClearMessage() {
		assertThatThrownBy(() -> new SearchBackend("solr", "/tmp/data", "http://localhost:9200"))
			.isInstanceOf(io.openhire.shared.ConfigurationProblem.class)
			.hasMessageContaining("solr");
	}

	@Test
	void onlyTheChosenBackendsPropertiesAreSet() {
		java.util.Map<String, Object> lucene = new java.util.HashMap<>();
		new SearchBackend("lucene", "/tmp/data", "http://localhost:9200").customize(lucene);
		assertThat(lucene).containsEntry("hibernate.search.backend.type", "lucene")
			.containsEntry("hibernate.search.backend.directory.root", "/tmp/data/index")
			.doesNotContainKey("hibernate.search.backend.uris");
		java.util.Map<String, Object> elasticsearch = new java.util.HashMap<>();
		new SearchBackend("Elasticsearch", "/tmp/data", "https://search:9200").customize(elasticsearch);
		assertThat(elasticsearch).containsEntry("hibernate.search.backend.type", "elasticsearch")
			.containsEntry("hibernate.search.backend.uris", "https://search:9200")
			.doesNotContainKey("hibernate.search.backend.directory.root");
	}

}
