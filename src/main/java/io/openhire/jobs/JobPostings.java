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
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
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

	private final EntityManager entityManager;

	private final Clock clock;

	private final JobActivity activity;

	private final JobDetailCache details;

	private final JdbcTemplate jdbc;

	JobPostings(EntityManager entityManager, Clock clock, JobActivity activity, JobDetailCache details,
			JdbcTemplate jdbc) {
		this.details = details;
		this.jdbc = jdbc;
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

	/**
	 * The job with this id, if there is one, whatever its status: one query for the job's
	 * fields and its questions, and no entity, so the caller's flushes have nothing of it
	 * to check.
	 */
	public Optional<Posting> find(UUID jobId) {
		List<Object[]> rows = entityManager.createQuery("""
				select j.id, j.companyId, j.title, j.status, j.applicationDeadline, j.expiresAt, j.createdBy,
				       q.id, q.text, q.type, q.options, q.isRequired
				from Job j left join j.questions q
				where j.id = :id
				order by index(q)""", Object[].class).setParameter("id", jobId).getResultList();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Object[] job = rows.get(0);
		JobStatus status = (JobStatus) job[3];
		Instant deadline = (Instant) job[4];
		Instant expiresAt = (Instant) job[5];
		List<Question> questions = rows.stream()
			.filter((row) -> row[7] != null)
			.map((row) -> new Question((UUID) row[7], (String) row[8], ((QuestionType) row[9]).value(),
					strings(row[10]), (Boolean) row[11]))
			.toList();
		return Optional.of(new Posting((UUID) job[0], (UUID) job[1], (String) job[2], status.value(),
				Job.isOpen(status, deadline, expiresAt, clock.instant()), deadline, expiresAt, (UUID) job[6],
				questions));
	}

	@SuppressWarnings("unchecked") // the options' converter makes a List<String>
	private static List<String> strings(Object options) {
		return (List<String>) options;
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
		// plain JDBC: a native query through Hibernate would also go through every entity
		// type for caches to clean up after a bulk update
		jdbc.update("update jobs set application_count = application_count + 1 where id = ?", jobId);
		details.forget(jobId);
		activity.applied(jobId);
	}

}
