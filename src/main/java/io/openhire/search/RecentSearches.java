package io.openhire.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What recent job searches found, in memory on each node, for
 * {@code openhire.search.recent.max-age} (10 s): the ids of a page in order with their
 * scores and highlights, the count, the facets and the suggestion. A search asked again
 * within that time is not run again; {@link JobSearch} reads its jobs from the copies as
 * they are then and leaves out any job that has lost its copy (closed, unpublished) or
 * expired meanwhile, so a job never shows once it is gone.
 * <p>
 * A job indexed on this node forgets every search (a search right after a change finds
 * it); the count and facets may otherwise lag by up to the max age: expiry, and changes
 * indexed by another node.
 */
@Component
class RecentSearches {

	/** A job on the page: its id and what the search said of it. */
	record Hit(UUID id, @Nullable Float score, @Nullable Map<String, List<String>> highlights) {

	}

	/** What a search found, before its jobs are read. */
	record Ranked(long count, List<Hit> hits, Map<String, List<SearchPage.FacetValue>> facets,
			@Nullable String suggestion) {

	}

	private final Cache<JobQuery, Ranked> searches;

	RecentSearches(@Value("${openhire.search.recent.max-age:10s}") Duration maxAge) {
		this.searches = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(maxAge).build();
	}

	/** What {@code query} found a moment ago, or now from {@code search} (once). */
	Ranked get(JobQuery query, Supplier<Ranked> search) {
		return searches.get(query, (missing) -> search.get());
	}

	void forget() {
		searches.invalidateAll();
	}

}
