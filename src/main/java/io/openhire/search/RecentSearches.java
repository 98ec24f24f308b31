package io.openhire.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What recent job searches found, in memory on each node: the ids of a page in order with
 * their scores and highlights, the count, the facets and the suggestion.
 * {@link JobSearch} reads the jobs of a kept page from the copies as they are then and
 * leaves out any job that has lost its copy (closed, unpublished) or expired meanwhile,
 * so a job never shows once it is gone.
 * <p>
 * A search is kept for {@code openhire.search.recent.max-age} (10 s). Asked again when
 * older than that but younger than twice that, it is answered as kept while it runs again
 * in the background, so a popular search never waits for its own run; older, it runs
 * again before the answer. A job indexed on this node forgets every search (a search
 * right after a change finds it); the count, facets and order may otherwise lag by up to
 * twice the max age (expiry, changes indexed by another node). A max age of zero keeps
 * nothing: every search runs when asked, once.
 */
@Component
class RecentSearches {

	private static final Logger log = LoggerFactory.getLogger(RecentSearches.class);

	/** A job on the page: its id and what the search said of it. */
	record Hit(UUID id, @Nullable Float score, @Nullable Map<String, List<String>> highlights) {

	}

	/** What a search found, before its jobs are read. */
	record Ranked(long count, List<Hit> hits, Map<String, List<SearchPage.FacetValue>> facets,
			@Nullable String suggestion) {

	}

	private record Kept(Ranked ranked, Instant at, AtomicBoolean running) {

	}

	private final Cache<JobQuery, Kept> searches;

	private final Duration maxAge;

	private final Clock clock;

	RecentSearches(@Value("${openhire.search.recent.max-age:10s}") Duration maxAge, Clock clock) {
		this.maxAge = maxAge;
		this.clock = clock;
		this.searches = Caffeine.newBuilder()
			.maximumSize(10_000)
			.expireAfterWrite(maxAge.multipliedBy(2))
			// the same time as the ages above
			.ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
			.build();
	}

	/**
	 * What {@code query} found a moment ago, or now from {@code search}.
	 * @param search runs the search; called on another thread to refresh a kept one, so
	 * it must bring its own transaction
	 */
	Ranked get(JobQuery query, Supplier<Ranked> search) {
		if (maxAge.isZero()) {
			return search.get();
		}
		Kept kept = searches.get(query, (missing) -> new Kept(search.get(), clock.instant(), new AtomicBoolean()));
		boolean old = Duration.between(kept.at(), clock.instant()).compareTo(maxAge) >= 0;
		if (old && kept.running().compareAndSet(false, true)) {
			Thread.ofVirtual().name("search-refresh").start(() -> refresh(query, kept, search));
		}
		return kept.ranked();
	}

	private void refresh(JobQuery query, Kept kept, Supplier<Ranked> search) {
		try {
			Kept fresh = new Kept(search.get(), clock.instant(), new AtomicBoolean());
			// only over the entry it refreshes: a forget meanwhile wins
			searches.asMap().replace(query, kept, fresh);
		}
		catch (RuntimeException ex) {
			log.warn("Could not refresh a kept search; it runs again when asked", ex);
			searches.asMap().remove(query, kept);
		}
	}

	void forget() {
		searches.invalidateAll();
	}

}
