package io.openhire.jobs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Jobs extends JpaRepository<Job, UUID>, JpaSpecificationExecutor<Job> {

	List<Job> findByCompanyIdAndStatusNot(UUID companyId, JobStatus status);

	/** Published jobs whose expiry or application deadline has passed. */
	@Query("""
			select j.id from Job j where j.status = io.openhire.jobs.JobStatus.PUBLISHED
			and (j.expiresAt <= :now or j.applicationDeadline <= :now)""")
	List<UUID> findPublishedPastDates(Instant now);

}
