package io.openhire.search;

import java.util.UUID;

import io.openhire.jobs.JobClosed;
import io.openhire.jobs.JobPublished;
import io.openhire.jobs.JobUpdated;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Indexing follows the jobs module: every job event refreshes that job's copy, after the
 * job's transaction commits (kept by the event publication registry until done). Each
 * refresh reads the job as it is then, so events handled out of order still leave the
 * latest state, and refreshes of one job racing each other leave the latest copy in the
 * table and in the index ({@link CopyRefresh}).
 */
@Component
class JobIndexing {

	private final JobProjection projection;

	private final SuggestionCatalog suggestions;

	private final RecentSearches recent;

	JobIndexing(JobProjection projection, SuggestionCatalog suggestions, RecentSearches recent) {
		this.projection = projection;
		this.suggestions = suggestions;
		this.recent = recent;
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
		CopyRefresh.follow(jobId, projection::refresh, projection::version, projection::reindex);
		// committed and indexed: the next suggestion request rebuilds from the new copy,
		// the next search runs afresh
		suggestions.changed();
		recent.forget();
	}

}
