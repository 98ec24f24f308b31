package io.openhire.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.openhire.companies.CompanySummary;
import io.openhire.shared.ApiProblem;
import io.openhire.shared.CurrentUser;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts of an import, many rows in one transaction: each row is checked exactly as
 * {@link JobService#create} checks it ({@link JobRules}), and one that fails the checks
 * is reported without touching the others. The checks throw before anything is written
 * and are caught here, so they never mark the transaction for rollback; a failure of the
 * database fails the whole call, and {@link JobImport} then creates those rows one by
 * one.
 */
@Service
class ImportedDrafts {

	/** A row's outcome: the new job's id, or why it was refused. */
	record Outcome(@Nullable UUID id, @Nullable ApiProblem problem) {

	}

	private final JobRules rules;

	private final EntityManager entityManager;

	private final Clock clock;

	ImportedDrafts(JobRules rules, EntityManager entityManager, Clock clock) {
		this.rules = rules;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * @param caller a member of {@code company} or an admin (checked by the caller)
	 */
	@Transactional
	List<Outcome> create(CurrentUser caller, CompanySummary company, List<JobDetails> rows) {
		Instant now = clock.instant();
		// every row is checked before any is persisted: the checks query the catalog, and
		// each query would first flush (and cascade over) every job persisted so far
		List<Object> checked = new ArrayList<>(rows.size());
		JobRules.Lookups lookups = rules.lookups();
		for (JobDetails details : rows) {
			try {
				checked.add(rules.check(details, company, caller.isAdmin(), false, now, lookups));
			}
			catch (ApiProblem problem) {
				checked.add(problem);
			}
		}
		List<Outcome> outcomes = new ArrayList<>(rows.size());
		for (Object row : checked) {
			if (row instanceof JobRules.Checked fields) {
				Job job = new Job(fields, caller.id(), now);
				// persist, not save: the id is assigned, so save would merge (a select
				// per row)
				entityManager.persist(job);
				outcomes.add(new Outcome(job.id(), null));
			}
			else {
				outcomes.add(new Outcome(null, (ApiProblem) row));
			}
		}
		entityManager.flush();
		return outcomes;
	}

}
