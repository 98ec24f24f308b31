package io.openhire.search;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The search module's copies of published jobs. */
interface JobDocuments extends JpaRepository<JobDocument, UUID> {

	@Query("select d.id from JobDocument d")
	List<UUID> findAllIds();

	@Query("select d.version from JobDocument d where d.id = :id")
	Optional<Long> findVersion(UUID id);

}
