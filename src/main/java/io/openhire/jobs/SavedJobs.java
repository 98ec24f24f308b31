package io.openhire.jobs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SavedJobs extends JpaRepository<SavedJob, SavedJob.Key> {

	/**
	 * @return 1 when the save is new, 0 when the candidate had saved the job already
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			insert into saved_jobs (user_id, job_id, notes, tags, saved_at)
			values (:userId, :jobId, :notes, :tags, :savedAt) on conflict do nothing""")
	int insertIfAbsent(UUID userId, UUID jobId, @Nullable String notes, String tags, Instant savedAt);

	@Modifying
	@Query(nativeQuery = true,
			value = "update saved_jobs set notes = :notes, tags = :tags where user_id = :userId and job_id = :jobId")
	int change(UUID userId, UUID jobId, @Nullable String notes, String tags);

	/**
	 * @return 1 when a save ended, 0 when there was none
	 */
	@Modifying
	@Query(nativeQuery = true, value = "delete from saved_jobs where user_id = :userId and job_id = :jobId")
	int remove(UUID userId, UUID jobId);

	Page<SavedJob> findByUserId(UUID userId, Pageable page);

	/** Newest first, from the first save older than the position. */
	@Query("""
			select s from SavedJob s where s.userId = :userId
			and (s.savedAt < :savedAt or (s.savedAt = :savedAt and s.jobId < :jobId))
			order by s.savedAt desc, s.jobId desc""")
	List<SavedJob> olderThan(UUID userId, Instant savedAt, UUID jobId, Limit limit);

	/** Oldest first, from the first save newer than the position. */
	@Query("""
			select s from SavedJob s where s.userId = :userId
			and (s.savedAt > :savedAt or (s.savedAt = :savedAt and s.jobId > :jobId))
			order by s.savedAt asc, s.jobId asc""")
	List<SavedJob> newerThan(UUID userId, Instant savedAt, UUID jobId, Limit limit);

	@Query("select s from SavedJob s where s.userId = :userId order by s.savedAt desc, s.jobId desc")
	List<SavedJob> newest(UUID userId, Limit limit);

}
