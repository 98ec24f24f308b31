package io.openhire.companies;

import java.util.Collection;
import java.util.List;
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

	/**
	 * The fields of {@link Company#summary} of these companies, as rows: no entities, so
	 * the caller's flushes have none of them to check for changes.
	 */
	@Query("select c.id, c.name, c.type, c.verificationStatus, c.facilityType from Company c where c.id in :ids")
	List<Object[]> summaries(Collection<UUID> ids);

	/**
	 * {@link #summaries} of one company: a query Hibernate translates to SQL once, not
	 * per call.
	 */
	@Query("select c.id, c.name, c.type, c.verificationStatus, c.facilityType from Company c where c.id = :id")
	List<Object[]> summary(UUID id);

}
