package io.openhire.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The count and facets of recent job searches, in memory on each node: the tally pass
 * ({@link JobSearch}) visits every hit, so a search asked again within
 * {@code openhire.search.tally.max-age} (10 s) reuses its tally and only fetches its
 * page. A job indexed on this node forgets every tally (a search right after sees it
 * counted); expiry, and changes indexed by another node, show within the max age. Only
 * tallies are kept: a page is always searched afresh, so a job never shows after it is
 * closed.
 */
@Component
class SearchTallies {

	/** What a tally depends on: the query whatever its order and page, and typos. */
	record Key(JobQuery selection, boolean typos) {

	}

	record Tally(long count, Map<String, List<SearchPage.FacetValue>> facets) {

	}

	private final Cache<Key, Tally> tallies;

	SearchTallies(@Value("${openhire.search.tally.max-age:10s}") Duration maxAge) {
		this.tallies = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(maxAge).build();
	}

	/** The tally of {@code key}, counted by {@code counter} (once) when not kept. */
	Tally get(Key key, Supplier<Tally> counter) {
		return tallies.get(key, (missing) -> counter.get());
	}

	void forget() {
		tallies.invalidateAll();
	}

}
