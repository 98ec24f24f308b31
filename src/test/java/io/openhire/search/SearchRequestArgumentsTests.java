package io.openhire.search;

import java.util.List;
import java.util.Map;

import io.openhire.shared.ApiProblem;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How {@code GET /jobs/search} reads its query into a {@link SearchRequest}. */
class SearchRequestArgumentsTests {

	@Test
	void everyParameterIsReadByItsQueryName() {
		SearchRequest request = read(Map.ofEntries(Map.entry("q", new String[] { "nurse" }),
				Map.entry("company", new String[] { "c" }), Map.entry("category", new String[] { "k" }),
				Map.entry("job_type", new String[] { "full_time" }),
				Map.entry("experience_level", new String[] { "mid" }),
				Map.entry("remote_option", new String[] { "remote" }),
				Map.entry("location", new String[] { "Utrecht" }), Map.entry("lat", new String[] { "52.09" }),
				Map.entry("lon", new String[] { " 5.12 " }), Map.entry("radius_km", new String[] { "25" }),
				Map.entry("salary_min", new String[] { "3000" }), Map.entry("salary_max", new String[] { "6000" }),
				Map.entry("currency", new String[] { "EUR" }), Map.entry("skills", new String[] { "s" }),
				Map.entry("facility_type", new String[] { "public" }),
				Map.entry("company_type", new String[] { "hospital" }),
				Map.entry("posted_within_days", new String[] { "7" }), Map.entry("featured", new String[] { "true" }),
				Map.entry("sort", new String[] { "date" }), Map.entry("facets", new String[] { "job_type" }),
				Map.entry("highlight", new String[] { "1" }), Map.entry("page", new String[] { "2" }),
				Map.entry("page_size", new String[] { "50" })));

		assertThat(request).isEqualTo(new SearchRequest("nurse", List.of("c"), List.of("k"), List.of("full_time"),
				List.of("mid"), List.of("remote"), "Utrecht", 52.09, 5.12, 25.0, 3000, 6000, "EUR", List.of("s"),
				"public", "hospital", 7, true, "date", List.of("job_type"), true, 2, 50));
	}

	@Test
	void multipleValuesMayBeCommaSeparatedRepeatedOrBoth() {
		SearchRequest request = read(Map.of("skills", new String[] { "a, b", "c", " ", "d,," }));

		assertThat(request.skills()).containsExactly("a", "b", "c", "d");
	}

	@Test
	void absentAndBlankValuesAreNull() {
		SearchRequest request = read(Map.of("q", new String[] { " " }, "lat", new String[] { "" }, "facets",
				new String[] { "," }, "featured", new String[] { "" }));

		assertThat(request).isEqualTo(new SearchRequest(null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null));
	}

	@Test
	void everyValueOfTheWrongTypeIsReportedAtOnce() {
		assertThatThrownBy(() -> read(Map.of("lat", new String[] { "abc" }, "page_size", new String[] { "1.5" },
				"highlight", new String[] { "maybe" }, "q", new String[] { "nurse" })))
			.isInstanceOfSatisfying(ApiProblem.class,
					(problem) -> assertThat(problem.getBody().getProperties()).extractingByKey("errors")
						.asInstanceOf(InstanceOfAssertFactories.MAP)
						.containsOnlyKeys("lat", "page_size", "highlight"));
	}

	private static SearchRequest read(Map<String, String[]> query) {
		return SearchRequestArguments.read(query::get);
	}

}
