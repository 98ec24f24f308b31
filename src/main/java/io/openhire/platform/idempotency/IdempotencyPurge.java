package io.openhire.platform.idempotency;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Forgets expired keys. Claims do not depend on it (a claim removes the expired row of
 * its own key); it keeps the table from growing with keys that are never used again.
 */
@Component
public class IdempotencyPurge {

	private static final Logger log = LoggerFactory.getLogger(IdempotencyPurge.class);

	private final IdempotencyRecords records;

	IdempotencyPurge(IdempotencyRecords records) {
		this.records = records;
	}

	/**
	 * Deletes the records older than 24 h. Public because JobRunr calls it by reflection,
	 * every hour; a failed run is not retried, the next run does the work.
	 * @return how many records were deleted
	 */
	@Recurring(id = "idempotency-keys-purge", interval = "PT1H")
	@Job(name = "Purge expired idempotency keys", retries = 0)
	public int purgeExpired() {
		int deleted = records.deleteExpired();
		if (deleted > 0) {
			log.info("Purged {} expired idempotency keys", deleted);
		}
		return deleted;
	}

}
