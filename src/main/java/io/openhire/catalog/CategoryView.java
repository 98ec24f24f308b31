package io.openhire.catalog;

import java.io.Serializable;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A job category as API.md shows it. */
record CategoryView(UUID id, String name, String slug, @Nullable UUID parentId, int jobCount) implements Serializable {

	static CategoryView of(Category category) {
		return new CategoryView(category.id(), category.name(), category.slug(), category.parentId(),
				category.jobCount());
	}

}
