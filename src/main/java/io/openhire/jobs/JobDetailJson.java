package io.openhire.jobs;

import java.time.Clock;
import java.util.UUID;

import io.openhire.shared.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * {@code GET /jobs/{id}} as JSON: a public job from {@link JobDetailCache} without a
 * transaction, anything else (and a job not kept yet) through {@link JobService#get},
 * which decides who may see it. A view of a public job is counted either way.
 */
@Component
class JobDetailJson {

	private final JobService jobs;

	private final JobDetailCache cache;

	private final JobViewBuffer views;

	private final Clock clock;

	JobDetailJson(JobService jobs, JobDetailCache cache, JobViewBuffer views, Clock clock) {
		this.jobs = jobs;
		this.cache = cache;
		this.views = views;
		this.clock = clock;
	}

	/**
	 * @param viewer {@code user:<id>} or {@code ip:<address>}
	 */
	byte[] of(@Nullable CurrentUser caller, UUID id, String viewer) {
		byte[] kept = cache.find(id, clock.instant());
		if (kept != null) {
			views.viewed(id, viewer);
			return kept;
		}
		long stamp = cache.stamp(id);
		return cache.json(jobs.get(caller, id, viewer), clock.instant(), stamp);
	}

}
