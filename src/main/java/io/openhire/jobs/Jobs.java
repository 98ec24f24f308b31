package io.openhire.jobs;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface Jobs extends JpaRepository<Job, UUID>, JpaSpecificationExecutor<Job> {

	/**
	 * Moves {@code save_count} in the caller's transaction, whatever else runs at once.
	 */
	@Modifying
	@Query(nativeQuery = true, value = "update jobs set save_count = save_count + :delta where id = :id")
	int addSaves(UUID id, int delta);

	@Modifying
	@Query(nativeQuery = true, value = "update jobs set view_count = view_count + :views where id = :id")
	int addViews(UUID id, long views);

	@Query("select j.saveCount from Job j where j.id = :id")
	long saveCount(UUID id);

	/**
	 * Published jobs open at {@code now}, by id from {@code after}: pages for the feeds.
	 */
	@Query("""
			select j from Job j where j.status = io.openhire.jobs.JobStatus.PUBLISHED
			and (j.expiresAt is null or j.expiresAt > :now)
			and (j.applicationDeadline is null or j.applicationDeadline > :now)
			and j.id > :after order by j.id""")
	List<Job> openAfter(UUID after, Instant now, Limit limit);

	/** Every job but archived ones, by id from {@code after}: pages for the export. */
	@Query("""
			select j from Job j where j.status <> io.openhire.jobs.JobStatus.ARCHIVED
			and j.id > :after order by j.id""")
	List<Job> exportAfter(UUID after, Limit limit);

	@Query("""
			select j from Job j where j.status <> io.openhire.jobs.JobStatus.ARCHIVED
			and j.companyId in :companies and j.id > :after order by j.id""")
	List<Job> exportOfCompaniesAfter(Collection<UUID> companies, UUID after, Limit limit);

	List<Job> findByCompanyIdAndStatusNot(UUID companyId, JobStatus status);

	/** Published jobs whose expiry or application deadline has passed. */
	@Query("""
			select j.id from Job j where j.status = io.openhire.jobs.JobStatus.PUBLISHED
			and (j.expiresAt <= :now or j.applicationDeadline <= :now)""")
	List<UUID> findPublishedPastDates(Instant now);

}
