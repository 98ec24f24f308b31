package io.openhire.search;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.apache.lucene.document.LongField;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;

import org.springframework.stereotype.Component;

/**
 * The recency boost of a job search: {@code 2 × 7 days / (7 days + age)}, so a job
 * published this hour adds 2 to its score, one a week old 1, one a month old 0.4. Each
 * backend's own "distance feature" query computes it (Lucene's
 * {@code LongField.newDistanceFeatureQuery}, Elasticsearch's and OpenSearch's
 * {@code distance_feature}: the same formula), from the hits' {@code published_at} doc
 * values: it selects nothing and reads nothing for jobs that do not match, where range
 * queries on {@code published_at} would collect every job in the range on every search.
 * The Hibernate Search DSL has no such query, hence the two forms here.
 * <p>
 * Age counts from the start of the hour, so the same search asked again within the hour
 * is the same query.
 */
@Component
class RecencyBoost {

	static final float WEIGHT = 2f;

	static final Duration PIVOT = Duration.ofDays(7);

	/** How Hibernate Search writes an {@code Instant} field to Elasticsearch. */
	private static final DateTimeFormatter ELASTICSEARCH_INSTANT = DateTimeFormatter
		.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSSZZZZZ", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private final boolean lucene;

	RecencyBoost(SearchBackend backend) {
		this.lucene = backend.lucene();
	}

	SearchPredicate at(SearchPredicateFactory f, Instant now) {
		Instant origin = now.truncatedTo(ChronoUnit.HOURS);
		if (lucene) {
			return f.extension(LuceneExtension.get())
				.fromLuceneQuery(LongField.newDistanceFeatureQuery("published_at", WEIGHT, origin.toEpochMilli(),
						PIVOT.toMillis()))
				.toPredicate();
		}
		return f.extension(ElasticsearchExtension.get())
			.fromJson("""
					{"distance_feature": {"field": "published_at", "origin": "%s", "pivot": "%dd", "boost": %s}}"""
				.formatted(ELASTICSEARCH_INSTANT.format(origin), PIVOT.toDays(), WEIGHT))
			.toPredicate();
	}

}
