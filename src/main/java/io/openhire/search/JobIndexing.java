package io.openhire.search;

import io.openhire.jobs.JobClosed;
import io.openhire.jobs.JobPublished;
import io.openhire.jobs.JobUpdated;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Indexing follows the jobs module: every job event refreshes that job's copy, after the
 * job's transaction commits (kept by the event publication registry until done).
 */
@Component
class JobIndexing {

	private final JobProjection projection;

	JobIndexing(JobProjection projection) {
		this.projection = projection;
	}

	@ApplicationModuleListener(id = "search.job-published")
	void on(JobPublished event) {
		projection.refresh(event.jobId());
	}

	@ApplicationModuleListener(id = "search.job-updated")
	void on(JobUpdated event) {
		projection.refresh(event.jobId());
	}

	@ApplicationModuleListener(id = "search.job-closed")
	void on(JobClosed event) {
		projection.refresh(event.jobId());
	}

}
