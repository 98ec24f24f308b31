package io.openhire.applications;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Applications extends JpaRepository<Application, UUID>, JpaSpecificationExecutor<Application> {

	/**
	 * Deletes a candidate's applications; the database deletes their history and
	 * interviews with them ({@code on delete cascade}).
	 */
	@Modifying
	@Query("delete from Application a where a.candidateId = :candidateId")
	int deleteOfCandidate(UUID candidateId);

	/** Counts by status: {@code [status, count]} rows. */
	@Query("select a.status, count(a) from Application a where a.candidateId = :candidateId group by a.status")
	List<Object[]> countByStatusOfCandidate(UUID candidateId);

	/** Counts per job and status: {@code [job id, status, count]} rows. */
	@Query("""
			select a.jobId, a.status, count(a) from Application a
			where (:all = true or a.companyId in :companyIds) group by a.jobId, a.status""")
	List<Object[]> countByJobAndStatus(boolean all, List<UUID> companyIds);

	/**
	 * When each hired application was made and hired: {@code [applied at, hired at]}
	 * rows.
	 */
	@Query("""
			select a.appliedAt, a.hiredAt from Application a
			where a.hiredAt is not null and (:all = true or a.companyId in :companyIds)""")
	List<Object[]> hireTimes(boolean all, List<UUID> companyIds);

}
