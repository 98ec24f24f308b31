package io.openhire.search;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code GET /jobs/search/suggest}: titles, skills, companies and cities of open jobs
 * whose words start with what was typed (one typo allowed from 4 letters on), ranked by
 * how many open jobs carry them. One query per type: the prefix matches the type's
 * autocomplete field, a terms aggregation counts its values.
 */
@Service
@Transactional(readOnly = true)
class Suggestions {

	/** A suggestion with how many open jobs have it. */
	record Suggestion(String text, String type) {

	}

	private record Source(String type, String matchField, String valueField) {

	}

	private static final List<Source> SOURCES = List.of(new Source("title", "title_autocomplete", "title_keyword"),
			new Source("skill", "skills.name_autocomplete", "skills.name_keyword"),
			new Source("company", "company_autocomplete", "company_keyword"),
			new Source("location", "city_autocomplete", "city"));

	private final EntityManager entityManager;

	private final Clock clock;

	Suggestions(EntityManager entityManager, Clock clock) {
		this.entityManager = entityManager;
		this.clock = clock;
	}

	List<Suggestion> suggest(String typed, int limit) {
		List<String> words = JobQuery.words(typed);
		if (words.isEmpty()) {
			return List.of();
		}
		SearchSession session = Search.session(entityManager);
		SearchScope<JobDocument> scope = session.scope(JobDocument.class);
		record Counted(Suggestion suggestion, long count) {
		}
		List<Counted> counted = new ArrayList<>();
		for (Source source : SOURCES) {
			AggregationKey<Map<String, Long>> key = AggregationKey.of(source.type());
			SearchResult<JobDocument> result = session.search(scope)
				.where(prefix(scope.predicate(), source.matchField(), words))
				.aggregation(key, (f) -> f.terms().field(source.valueField(), String.class).maxTermCount(limit * 3))
				.fetch(0);
			result.aggregation(key).forEach((value, count) -> {
				if (matches(value, words)) {
					counted.add(new Counted(new Suggestion(value, source.type()), count));
				}
			});
		}
		return counted.stream()
			.sorted(Comparator.comparingLong(Counted::count).reversed())
			.limit(limit)
			.map(Counted::suggestion)
			.toList();
	}

	private SearchPredicate prefix(SearchPredicateFactory f, String field, List<String> words) {
		var bool = f.bool().filter(JobPredicates.open(f, clock.instant()));
		for (String word : words) {
			var match = f.match().field(field).matching(word);
			bool.must((word.length() >= 4) ? match.fuzzy(1, 1) : match);
		}
		return bool.toPredicate();
	}

	/**
	 * Whether every typed word starts a word of the value, one typo allowed from 4
	 * letters on (a job's other skills come with its matching one and are dropped here).
	 */
	static boolean matches(String value, List<String> typed) {
		List<String> words = JobQuery.words(value.toLowerCase(Locale.ROOT));
		return typed.stream()
			.allMatch((t) -> words.stream()
				.anyMatch((w) -> w.startsWith(t) || (t.length() >= 4
						&& Edits.distance(w.substring(0, Math.min(w.length(), t.length())), t) <= 1)));
	}

}
