package io.openhire.companies;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface Companies extends JpaRepository<Company, UUID>, JpaSpecificationExecutor<Company> {

	boolean existsByNameKey(String nameKey);

	boolean existsByNameKeyAndIdNot(String nameKey, UUID id);

	boolean existsBySlugAndIdNot(String slug, UUID id);

	/**
	 * The company, locked until the transaction ends: membership changes of one company
	 * happen one at a time, so two owners cannot remove each other at once.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Company c where c.id = :id")
	Optional<Company> findLocked(UUID id);

}
