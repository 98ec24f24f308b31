package io.openhire.catalog;

import java.util.UUID;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.AssignedIdEntity;
import io.openhire.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A job category, in a tree (Healthcare → Nursing → ICU Nursing). */
@Entity
@Table(name = "catalog_categories")
class Category extends AssignedIdEntity<UUID> {

	static final int NAME_LENGTH = 100;

	@Id
	private UUID id;

	private String name;

	private String nameNormalized;

	private String slug;

	private @Nullable UUID parentId;

	private int jobCount;

	@Version
	private long version;

	protected Category() {
		// for JPA
	}

	Category(String name, String slug, @Nullable UUID parentId) {
		this.id = Ids.newId();
		this.name = name;
		this.nameNormalized = Names.normalize(name);
		this.slug = slug;
		this.parentId = parentId;
	}

	void rename(String name, String slug) {
		this.name = name;
		this.nameNormalized = Names.normalize(name);
		this.slug = slug;
	}

	/** The caller has checked that the new parent is not this category or below it. */
	void moveUnder(@Nullable UUID parentId) {
		this.parentId = parentId;
	}

	void ensureDeletable(boolean hasChildren) {
		if (hasChildren) {
			throw ApiProblem.conflict("in_use", "The category has subcategories; move or delete them first.");
		}
		if (jobCount > 0) {
			throw ApiProblem.conflict("in_use", "Jobs are filed under the category; move them first.");
		}
	}

	UUID id() {
		return id;
	}

	String name() {
		return name;
	}

	String nameNormalized() {
		return nameNormalized;
	}

	String slug() {
		return slug;
	}

	@Nullable UUID parentId() {
		return parentId;
	}

	int jobCount() {
		return jobCount;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
