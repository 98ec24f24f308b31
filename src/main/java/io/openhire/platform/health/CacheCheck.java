package io.openhire.platform.health;

import java.util.Map;
import java.util.Objects;

import io.openhire.shared.Ids;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/** The cache (Caffeine in-process, or Redis) keeps and returns a value. */
@Component
class CacheCheck implements HealthCheck {

	static final String CACHE = "health";

	private final CacheManager caches;

	CacheCheck(CacheManager caches) {
		this.caches = caches;
	}

	@Override
	public String name() {
		return "cache";
	}

	@Override
	public Map<String, Object> check() {
		Cache cache = Objects.requireNonNull(caches.getCache(CACHE), "No health cache");
		String probe = Ids.newId().toString();
		// putIfAbsent waits for the store to answer; a Redis put may still be in flight
		cache.putIfAbsent(probe, probe);
		try {
			Cache.ValueWrapper returned = cache.get(probe);
			if (returned == null || !probe.equals(returned.get())) {
				throw new IllegalStateException(
						"The cache " + cache.getClass().getName() + " did not return what it was given: "
								+ ((returned == null) ? "nothing" : String.valueOf(returned.get())));
			}
		}
		finally {
			cache.evict(probe);
		}
		String type = caches.getClass().getSimpleName().replace("CacheManager", "").toLowerCase();
		return Map.of("type", type);
	}

}
