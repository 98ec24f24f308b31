package io.openhire.jobs;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;

import org.springframework.stereotype.Service;

/**
 * Closes published jobs past their {@code expires_at} or {@code application_deadline}
 * every 5 minutes. Listings hide them at once anyway (decided in the query); this makes
 * their status say so and keeps category counts right.
 */
@Service
public class JobExpiry {

	private final JobService jobs;

	JobExpiry(JobService jobs) {
		this.jobs = jobs;
	}

	/**
	 * Public for JobRunr, which calls it by reflection.
	 * @return how many jobs were closed
	 */
	@Recurring(id = "jobs-close-past-dates", interval = "PT5M")
	@Job(name = "Close jobs past their expiry or application deadline", retries = 0)
	public int closePastDates() {
		return jobs.closePastDates();
	}

}
