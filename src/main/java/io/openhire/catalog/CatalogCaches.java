package io.openhire.catalog;

import java.util.function.Supplier;

import io.openhire.shared.CacheForgetting;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;

/**
 * The catalog's caches (Caffeine, or Redis across nodes): public list pages and skill
 * lookups by id, read far more often than admins change them. Every admin change clears
 * the caches it affects, now and again after commit, so that a request reading the old
 * rows meanwhile cannot keep them cached. Cached values are {@link java.io.Serializable}.
 */
@Component
class CatalogCaches {

	static final String SKILLS = "catalog-skills";

	static final String SKILL_REFS = "catalog-skill-refs";

	static final String CATEGORIES = "catalog-categories";

	static final String CATEGORY_REFS = "catalog-category-refs";

	static final String QUALIFICATIONS = "catalog-qualifications";

	static final String LOCATIONS = "catalog-locations";

	private final CacheManager caches;

	CatalogCaches(CacheManager caches) {
		this.caches = caches;
	}

	<T> T get(String name, String key, Supplier<T> loader) {
		T value = cache(name).get(key, loader::get);
		if (value == null) {
			throw new IllegalStateException("No value for " + key + " in " + name);
		}
		return value;
	}

	void changed(String... names) {
		for (String name : names) {
			CacheForgetting.forget(cache(name));
		}
	}

	Cache cache(String name) {
		Cache cache = caches.getCache(name);
		if (cache == null) {
			throw new IllegalStateException("No cache " + name);
		}
		return cache;
	}

}
