package io.openhire.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every published, open job, a page at a time (each page in its own short read-only
 * transaction), for the XML feed and the sitemap: a large set is never held in memory.
 */
@Service
class JobFeeds {

	static final int PAGE = 200;

	private static final UUID FIRST = new UUID(0, 0);

	private final Jobs jobs;

	private final JobViews views;

	private final TransactionTemplate readOnly;

	private final Clock clock;

	JobFeeds(Jobs jobs, JobViews views, TransactionTemplate transactions, Clock clock) {
		this.jobs = jobs;
		this.views = views;
		this.clock = clock;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Hands over the open jobs in pages of {@value #PAGE}, by id.
	 * @param limit stop after this many jobs
	 */
	void eachOpenJob(int limit, Consumer<List<JobView>> page) {
		eachOpenJob(limit, PAGE, page);
	}

	void eachOpenJob(int limit, int pageSize, Consumer<List<JobView>> page) {
		Instant now = clock.instant();
		UUID after = FIRST;
		int handed = 0;
		while (handed < limit) {
			UUID from = after;
			int size = Math.min(pageSize, limit - handed);
			List<JobView> found = readOnly
				.execute((status) -> views.details(jobs.openAfter(from, now, Limit.of(size))));
			if (found == null || found.isEmpty()) {
				return;
			}
			page.accept(found);
			handed += found.size();
			if (found.size() < size) {
				return;
			}
			after = found.get(found.size() - 1).id();
		}
	}

}
