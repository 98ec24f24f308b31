package io.openhire.jobs;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A read-only view of jobs for downstream modules (search) that keep their own copy of
 * what they need: one job as it is now, and the ids of published jobs for rebuilding such
 * copies. Related companies, categories and skills are given by id.
 */
@Service
@Transactional(readOnly = true)
public class JobSnapshots {

	private final Jobs jobs;

	private final EntityManager entityManager;

	JobSnapshots(Jobs jobs, EntityManager entityManager) {
		this.jobs = jobs;
		this.entityManager = entityManager;
	}

	/** The job as it is now, in any status; empty when there is no such job. */
	public Optional<Snapshot> find(UUID jobId) {
		return jobs.findById(jobId).map(JobSnapshots::snapshot);
	}

	/** The jobs with these ids that exist, in any status, in a few queries. */
	public List<Snapshot> findAll(Collection<UUID> jobIds) {
		return jobs.findAllById(jobIds).stream().map(JobSnapshots::snapshot).toList();
	}

	/**
	 * Ids of published jobs (expired ones too: readers decide expiry at query time), in
	 * id order, after {@code after} (from the start when {@code null}).
	 */
	public List<UUID> publishedIds(@Nullable UUID after, int limit) {
		String where = (after != null) ? " and j.id > :after" : "";
		var query = entityManager
			.createQuery("select j.id from Job j where j.status = :status" + where + " order by j.id", UUID.class)
			.setParameter("status", JobStatus.PUBLISHED)
			.setMaxResults(limit);
		if (after != null) {
			query.setParameter("after", after);
		}
		return query.getResultList();
	}

	private static Snapshot snapshot(Job job) {
		JobDetails.Location place = (job.location() != null) ? job.location().details() : null;
		return new Snapshot(job.id(), job.companyId(), job.categoryId(), job.title(), job.description(),
				job.requirements(), job.responsibilities(), (place != null) ? place.address() : null,
				(place != null) ? place.city() : null, (place != null) ? place.region() : null,
				(place != null) ? place.postalCode() : null, (place != null) ? place.country() : null,
				(place != null) ? place.latitude() : null, (place != null) ? place.longitude() : null,
				job.remoteOption().value(), job.jobType().value(), job.experienceLevel().value(), job.salaryMin(),
				job.salaryMax(), job.salaryCurrency(), (job.salaryPeriod() != null) ? job.salaryPeriod().value() : null,
				job.skills()
					.stream()
					.map((skill) -> new Skill(skill.skillId(), skill.level(), skill.isRequired(),
							skill.yearsRequired()))
					.toList(),
				job.applicationDeadline(), job.expiresAt(), job.isFeatured(), job.status().value(), job.publishedAt(),
				job.createdAt(), job.updatedAt());
	}

	/**
	 * A job's fields as the API spells them (enums in lower snake_case); rich texts are
	 * sanitized HTML.
	 */
	public record Snapshot(UUID id, UUID companyId, UUID categoryId, String title, String description,
			@Nullable String requirements, @Nullable String responsibilities, @Nullable String address,
			@Nullable String city, @Nullable String region, @Nullable String postalCode, @Nullable String country,
			@Nullable Double latitude, @Nullable Double longitude, String remoteOption, String jobType,
			String experienceLevel, @Nullable Integer salaryMin, @Nullable Integer salaryMax,
			@Nullable String salaryCurrency, @Nullable String salaryPeriod, List<Skill> skills,
			@Nullable Instant applicationDeadline, @Nullable Instant expiresAt, boolean featured, String status,
			@Nullable Instant publishedAt, Instant createdAt, Instant updatedAt) {

		public boolean isPublished() {
			return "published".equals(status);
		}

	}

	/** A skill the job asks for, by catalog skill id. */
	public record Skill(UUID skillId, @Nullable Integer level, boolean isRequired, @Nullable Integer yearsRequired) {

	}

}
