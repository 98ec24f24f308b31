package io.openhire.applications;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Placements extends JpaRepository<Placement, UUID>, JpaSpecificationExecutor<Placement> {

	/** Deletes the placements of a candidate's applications. */
	@Modifying
	@Query("delete from Placement p where p.applicationId in (select a.id from Application a where a.candidateId = :candidateId)")
	int deleteOfCandidate(UUID candidateId);

}
