package io.openhire.jobs;

import java.util.function.LongSupplier;

import io.openhire.shared.CacheForgetting;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.context.event.EventListener;

/**
 * How many open jobs match a filter of {@code GET /jobs}, remembered for a short while
 * ({@code openhire.cache.time-to-live.[jobs-list-counts]}, 30 s).
 * <p>
 * The first page of the list is read off an index in well under a millisecond, but its
 * count visits every matching job (tens of milliseconds at 100,000 jobs, and every
 * request for the first page asks for it). A job that is published, edited or closed on
 * this node forgets every count once its transaction commits; a job that expires, or a
 * change made on another node with in-process caches, shows in the count within the time
 * to live. The results of a page are never cached: only their total may lag.
 */
@Component
class JobListCounts {

	static final String CACHE = "jobs-list-counts";

	private final CacheManager caches;

	JobListCounts(CacheManager caches) {
		this.caches = caches;
	}

	long count(JobFilter filter, LongSupplier counter) {
		Cache cache = caches.getCache(CACHE);
		if (cache == null) {
			return counter.getAsLong();
		}
		Long count = cache.get(filter.toString(), counter::getAsLong);
		return (count != null) ? count : counter.getAsLong();
	}

	/**
	 * Forgets every count, now and once the change commits. A plain listener: a
	 * transactional event listener would also be recorded as an event publication (Spring
	 * Modulith), one more row per change for a cache.
	 */
	@EventListener({ JobPublished.class, JobUpdated.class, JobClosed.class })
	void forget() {
		Cache cache = caches.getCache(CACHE);
		if (cache != null) {
			CacheForgetting.forget(cache);
		}
	}

}
