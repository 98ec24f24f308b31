package io.openhire.catalog;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Categories extends JpaRepository<Category, UUID>, JpaSpecificationExecutor<Category> {

	Optional<Category> findByNameNormalized(String nameNormalized);

	boolean existsBySlug(String slug);

	boolean existsByParentId(UUID parentId);

	/**
	 * Adds {@code delta} to the category's job count, never below 0, in one statement.
	 */
	@Modifying(flushAutomatically = true)
	@Query(value = "update catalog_categories set job_count = greatest(0, job_count + :delta) where id = :id",
			nativeQuery = true)
	int addJobs(UUID id, int delta);

}
