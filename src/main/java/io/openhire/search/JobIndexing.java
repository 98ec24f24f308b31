package io.openhire.search;

import io.openhire.jobs.JobClosed;
import io.openhire.jobs.JobPublished;
import io.openhire.jobs.JobUpdated;

import java.util.UUID;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Indexing follows the jobs module: every job event refreshes that job's copy, after the
 * job's transaction commits (kept by the event publication registry until done). Each
 * refresh reads the job as it is then, so events handled out of order still leave the
 * latest state. Two refreshes of one job racing each other (a first copy made twice, a
 * copy removed twice or changed under the other) meet at the primary key or the version,
 * and the loser simply refreshes again.
 */
@Component
class JobIndexing {

	private static final int ATTEMPTS = 3;

	private final JobProjection projection;

	private final SuggestionCatalog suggestions;

	JobIndexing(JobProjection projection, SuggestionCatalog suggestions) {
		this.projection = projection;
		this.suggestions = suggestions;
	}

	@ApplicationModuleListener(id = "search.job-published")
	void on(JobPublished event) {
		refresh(event.jobId());
	}

	@ApplicationModuleListener(id = "search.job-updated")
	void on(JobUpdated event) {
		refresh(event.jobId());
	}

	@ApplicationModuleListener(id = "search.job-closed")
	void on(JobClosed event) {
		refresh(event.jobId());
	}

	private void refresh(UUID jobId) {
		for (int attempt = 1;; attempt++) {
			try {
				projection.refresh(jobId);
				// committed: the next suggestion request rebuilds from the new copy
				suggestions.changed();
				return;
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

}
