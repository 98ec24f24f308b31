package io.openhire.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import io.openhire.catalog.CategoryCatalog;
import io.openhire.catalog.CategoryRef;
import io.openhire.catalog.SkillCatalog;
import io.openhire.catalog.SkillRef;
import io.openhire.companies.CompanyDirectory;
import io.openhire.companies.CompanySummary;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.SearchAggregation;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.util.common.data.Range;

import org.springframework.stereotype.Component;

/**
 * The facets of a search: counts over the whole filtered result set (not just the page),
 * the 20 most frequent values each, most frequent first; {@code salary_range} counts
 * fixed buckets of the most a job may pay, whatever its currency and period. Labels are
 * names for ids (category, company, skills) and words for enum values.
 */
@Component
class JobFacets {

	/** Buckets of {@code salary_range}: lower bound included, upper excluded. */
	static final List<Range<Integer>> SALARY_BUCKETS = List.of(Range.canonical(0, 1000), Range.canonical(1000, 2500),
			Range.canonical(2500, 5000), Range.canonical(5000, 10_000), Range.canonical(10_000, 50_000),
			Range.canonical(50_000, 100_000), Range.atLeast(100_000));

	private static final Map<String, String> TERM_FIELDS = Map.of("job_type", "job_type", "experience_level",
			"experience_level", "remote_option", "remote_option", "category", "category", "company", "company",
			"skills", "skills.id", "city", "city");

	/** A facet asked for: its key in the query. */
	record Requested<T extends Map<?, Long>>(String name, AggregationKey<T> key, SearchAggregation<T> aggregation) {

		void addTo(SearchQueryOptionsStep<?, ?, ?, ?, ?, ?> query) {
			query.aggregation(key, aggregation);
		}

	}

	private final CategoryCatalog categories;

	private final CompanyDirectory companies;

	private final SkillCatalog skills;

	JobFacets(CategoryCatalog categories, CompanyDirectory companies, SkillCatalog skills) {
		this.categories = categories;
		this.companies = companies;
		this.skills = skills;
	}

	List<Requested<?>> request(SearchAggregationFactory f, List<String> facets) {
		List<Requested<?>> requested = new ArrayList<>();
		for (String facet : facets) {
			if ("salary_range".equals(facet)) {
				AggregationKey<Map<Range<Integer>, Long>> key = AggregationKey.of(facet);
				requested.add(new Requested<>(facet, key,
						f.range().field("salary_top", Integer.class).ranges(SALARY_BUCKETS).toAggregation()));
			}
			else {
				AggregationKey<Map<String, Long>> key = AggregationKey.of(facet);
				requested.add(new Requested<>(facet, key,
						f.terms()
							.field(TERM_FIELDS.get(facet), String.class, ValueModel.INDEX)
							.maxTermCount(20)
							.toAggregation()));
			}
		}
		return requested;
	}

	Map<String, List<SearchPage.FacetValue>> read(SearchResult<?> result, List<Requested<?>> requested) {
		Map<String, List<SearchPage.FacetValue>> facets = new LinkedHashMap<>();
		for (Requested<?> facet : requested) {
			Map<?, Long> counts = result.aggregation(facet.key());
			facets.put(facet.name(), switch (facet.name()) {
				case "salary_range" -> salaries(counts);
				case "category" ->
					labelled(counts, ids(counts.keySet(), (ids) -> names(categories.findAll(ids), CategoryRef::name)));
				case "company" -> labelled(counts,
						ids(counts.keySet(), (ids) -> names(companies.findAll(ids), CompanySummary::name)));
				case "skills" ->
					labelled(counts, ids(counts.keySet(), (ids) -> names(skills.findAll(ids), SkillRef::name)));
				case "city" -> labelled(counts, Map.of());
				default -> labelled(counts, words(counts.keySet()));
			});
		}
		return facets;
	}

	private static List<SearchPage.FacetValue> labelled(Map<?, Long> counts, Map<String, String> labels) {
		List<SearchPage.FacetValue> values = new ArrayList<>();
		counts.forEach((value, count) -> values.add(new SearchPage.FacetValue(value.toString(),
				labels.getOrDefault(value.toString(), value.toString()), count)));
		return values;
	}

	private static List<SearchPage.FacetValue> salaries(Map<?, Long> counts) {
		List<SearchPage.FacetValue> values = new ArrayList<>();
		counts.forEach((bucket, count) -> {
			Range<?> range = (Range<?>) bucket;
			String value = range.upperBoundValue()
				.map((upper) -> range.lowerBoundValue().orElseThrow() + "-" + upper)
				.orElseGet(() -> range.lowerBoundValue().orElseThrow() + "+");
			String label = range.upperBoundValue()
				.map((upper) -> String.format(Locale.ROOT, "%,d – %,d", range.lowerBoundValue().orElseThrow(), upper))
				.orElseGet(() -> String.format(Locale.ROOT, "%,d or more", range.lowerBoundValue().orElseThrow()));
			values.add(new SearchPage.FacetValue(value, label, count));
		});
		return values;
	}

	private static Map<String, String> ids(Collection<?> values, Function<List<UUID>, Map<String, String>> names) {
		List<UUID> ids = new ArrayList<>();
		for (Object value : values) {
			try {
				ids.add(UUID.fromString(value.toString()));
			}
			catch (IllegalArgumentException ex) {
				// not an id: shown as it is
			}
		}
		return names.apply(ids);
	}

	private static <T> Map<String, String> names(Map<UUID, T> found, Function<T, String> name) {
		Map<String, String> names = new LinkedHashMap<>();
		found.forEach((id, value) -> names.put(id.toString(), name.apply(value)));
		return names;
	}

	/** {@code full_time} → "Full time". */
	private static Map<String, String> words(Collection<?> values) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (Object value : values) {
			String text = value.toString().replace('_', ' ');
			labels.put(value.toString(),
					text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1));
		}
		return labels;
	}

}
