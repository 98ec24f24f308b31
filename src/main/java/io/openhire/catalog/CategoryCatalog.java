package io.openhire.catalog;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.cache.Cache;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The job categories for other modules: jobs keep a category id, check it here, show its
 * name, and report how many jobs each category holds ({@code job_count}). Lookups by id
 * are cached and cleared when an admin changes categories.
 */
@Service
@Transactional(readOnly = true)
public class CategoryCatalog {

	private final Categories categories;

	private final CatalogCaches caches;

	CategoryCatalog(Categories categories, CatalogCaches caches) {
		this.categories = categories;
		this.caches = caches;
	}

	/** Categories by id; unknown ids are absent from the map. */
	public Map<UUID, CategoryRef> findAll(Collection<UUID> ids) {
		Cache cache = caches.cache(CatalogCaches.CATEGORY_REFS);
		Map<UUID, CategoryRef> found = new HashMap<>();
		Set<UUID> missing = new LinkedHashSet<>();
		for (UUID id : ids) {
			CategoryRef cached = (id != null) ? cache.get(id, CategoryRef.class) : null;
			if (cached != null) {
				found.put(id, cached);
			}
			else if (id != null) {
				missing.add(id);
			}
		}
		if (!missing.isEmpty()) {
			for (Category category : categories.findAllById(missing)) {
				CategoryRef ref = new CategoryRef(category.id(), category.name(), category.slug(), category.parentId());
				found.put(category.id(), ref);
				cache.putIfAbsent(category.id(), ref);
			}
		}
		return found;
	}

	public Optional<CategoryRef> find(UUID id) {
		return Optional.ofNullable(findAll(Set.of(id)).get(id));
	}

	/**
	 * Adds {@code delta} (negative to subtract) to the category's {@code job_count},
	 * never below 0. The jobs module calls this when a job is filed under a category or
	 * leaves it; a category with jobs cannot be deleted. Unknown ids are ignored.
	 */
	@Transactional
	public void jobCountChanged(UUID categoryId, int delta) {
		// one atomic update, neither read first nor versioned: jobs published in one
		// category at once all count (a versioned entity made all but one of them fail).
		// Cached list pages keep the old count until they expire (10 minutes): not worth
		// clearing every list page at each job change.
		categories.addJobs(categoryId, delta);
	}

}
