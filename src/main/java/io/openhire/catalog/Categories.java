package io.openhire.catalog;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface Categories extends JpaRepository<Category, UUID>, JpaSpecificationExecutor<Category> {

	Optional<Category> findByNameNormalized(String nameNormalized);

	boolean existsBySlug(String slug);

	boolean existsByParentId(UUID parentId);

}
