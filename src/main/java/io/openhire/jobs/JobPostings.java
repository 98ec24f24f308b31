package io.openhire.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.hibernate.jpa.HibernateHints;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jobs module's API for applications: what applying to a job needs to know, and the
 * application count kept on the job.
 */
@Service
@Transactional(readOnly = true)
public class JobPostings {

	private final Jobs jobs;

	private final EntityManager entityManager;

	private final Clock clock;

	private final JobActivity activity;

	private final JobDetailCache details;

	JobPostings(Jobs jobs, EntityManager entityManager, Clock clock, JobActivity activity, JobDetailCache details) {
		this.details = details;
		this.jobs = jobs;
		this.entityManager = entityManager;
		this.clock = clock;
		this.activity = activity;
	}

	/**
	 * A job as applications see it.
	 *
	 * @param id the job's id
	 * @param companyId the company that posts it
	 * @param title its title
	 * @param status its API status ({@code draft}, {@code published}, ...)
	 * @param open whether it takes applications now: published, not expired and not past
	 * its application deadline
	 * @param postedBy the employer who created it (whom application news goes to)
	 * @param questions what applicants answer, in order
	 */
	public record Posting(UUID id, UUID companyId, String title, String status, boolean open,
			@Nullable Instant applicationDeadline, @Nullable Instant expiresAt, UUID postedBy,
			List<Question> questions) {

	}

	/**
	 * A question of a job.
	 *
	 * @param type {@code text}, {@code yes_no}, {@code single_choice} or {@code number}
	 * @param options the choices of a {@code single_choice} question
	 */
	public record Question(UUID id, String text, String type, List<String> options, boolean required) {

	}

	/** A job in a list of applications: a few fields, many jobs in one query. */
	public record Reference(UUID id, String title, UUID companyId, UUID postedBy) {

	}

	/** The job with this id, if there is one, whatever its status. */
	public Optional<Posting> find(UUID jobId) {
		Instant now = clock.instant();
		// read-only: the caller's transaction never writes the job through it, so its
		// flushes need not check it (nor its questions) for changes
		return Optional.ofNullable(entityManager.find(Job.class, jobId, Map.of(HibernateHints.HINT_READ_ONLY, true)))
			.map((job) -> new Posting(job.id(), job.companyId(), job.title(), job.status().value(), job.isOpen(now),
					job.applicationDeadline(), job.expiresAt(), job.createdBy(),
					job.questions()
						.stream()
						.map((q) -> new Question(q.id(), q.text(), q.type().value(), q.options(), q.isRequired()))
						.toList()));
	}

	/** The jobs with these ids, in one query; ids of no job are left out. */
	public Map<UUID, Reference> references(Collection<UUID> jobIds) {
		if (jobIds.isEmpty()) {
			return Map.of();
		}
		return entityManager
			.createQuery("select j.id, j.title, j.companyId, j.createdBy from Job j where j.id in :ids", Object[].class)
			.setParameter("ids", Set.copyOf(jobIds))
			.getResultStream()
			.map((row) -> new Reference((UUID) row[0], (String) row[1], (UUID) row[2], (UUID) row[3]))
			.collect(Collectors.toMap(Reference::id, Function.identity()));
	}

	/**
	 * Counts an application to the job, in the caller's transaction: one atomic
	 * {@code UPDATE}, so concurrent applications never lose a count, and neither the
	 * job's version nor its other fields are touched; and adds it to the day's activity
	 * that trending ranks by.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordApplication(UUID jobId) {
		entityManager.createNativeQuery("update jobs set application_count = application_count + 1 where id = :id")
			.setParameter("id", jobId)
			.executeUpdate();
		details.forget(jobId);
		activity.applied(jobId);
	}

}
