package io.openhire.jobs;

import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts job views without a database write per request: a view is kept in memory as
 * (job, UTC day, hashed viewer), once however often it repeats, and written in batches
 * every {@code openhire.jobs.views.flush-interval} (10 s) and on shutdown. A batch
 * inserts the keys into {@code job_view_keys}, whose primary key drops the ones another
 * node (or an earlier batch) wrote already, and adds only the new ones to
 * {@code view_count} and the day's activity, all in one transaction.
 */
@Component
class JobViewBuffer implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(JobViewBuffer.class);

	/**
	 * Views held before a flush is started early; twice that and new views are dropped.
	 */
	static final int MAX_PENDING = 100_000;

	private record Seen(UUID jobId, LocalDate day, String viewer) {

	}

	private record JobDay(UUID jobId, LocalDate day) {

	}

	private final ViewerKeys keys;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Jobs jobs;

	private final JobActivity activity;

	private final Clock clock;

	private final Duration interval;

	private final JobDetailCache details;

	private final ReadWriteLock swap = new ReentrantReadWriteLock();

	private final Object flushing = new Object();

	private Set<Seen> pending = ConcurrentHashMap.newKeySet();

	private @Nullable LocalDate purgedOn;

	private volatile @Nullable ScheduledExecutorService scheduler;

	private volatile boolean running;

	JobViewBuffer(ViewerKeys keys, JdbcTemplate jdbc, TransactionTemplate transaction, Jobs jobs, JobActivity activity,
			Clock clock, @Value("${openhire.jobs.views.flush-interval:10s}") Duration interval,
			JobDetailCache details) {
		this.details = details;
		this.keys = keys;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.jobs = jobs;
		this.activity = activity;
		this.clock = clock;
		this.interval = interval;
	}

	/**
	 * @param viewer {@code user:<id>} or {@code ip:<address>}, hashed before it is kept
	 */
	void viewed(UUID jobId, String viewer) {
		LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		Seen seen = new Seen(jobId, day, keys.of(viewer, day));
		int size;
		swap.readLock().lock();
		try {
			if (pending.size() >= 2 * MAX_PENDING) {
				return;
			}
			pending.add(seen);
			size = pending.size();
		}
		finally {
			swap.readLock().unlock();
		}
		ScheduledExecutorService running = scheduler;
		if (size == MAX_PENDING && running != null) {
			running.execute(this::flush);
		}
	}

	/**
	 * Writes the views held so far.
	 * @return how many were new (counted)
	 */
	int flush() {
		synchronized (flushing) {
			Set<Seen> batch;
			swap.writeLock().lock();
			try {
				batch = pending;
				pending = ConcurrentHashMap.newKeySet();
			}
			finally {
				swap.writeLock().unlock();
			}
			if (batch.isEmpty()) {
				return 0;
			}
			try {
				Integer counted = transaction.execute((status) -> write(batch));
				return (counted != null) ? counted : 0;
			}
			catch (RuntimeException ex) {
				log.warn("Could not write {} job views; keeping them for the next flush", batch.size(), ex);
				swap.readLock().lock();
				try {
					if (pending.size() < MAX_PENDING) {
						pending.addAll(batch);
					}
				}
				finally {
					swap.readLock().unlock();
				}
				return 0;
			}
		}
	}

	private int write(Set<Seen> batch) {
		purgeOldKeys();
		List<Seen> seen = new ArrayList<>(batch);
		seen.sort(Comparator.comparing(Seen::jobId).thenComparing(Seen::day).thenComparing(Seen::viewer));
		int[][] results = jdbc.batchUpdate(
				"insert into job_view_keys (job_id, view_day, viewer) values (?, ?, ?) on conflict do nothing", seen,
				500, (statement, view) -> {
					statement.setObject(1, view.jobId());
					statement.setDate(2, Date.valueOf(view.day()));
					statement.setString(3, view.viewer());
				});
		Map<JobDay, Long> counted = new TreeMap<>(Comparator.comparing(JobDay::jobId).thenComparing(JobDay::day));
		int index = 0;
		for (int[] chunk : results) {
			for (int inserted : chunk) {
				Seen view = seen.get(index++);
				if (inserted != 0) {
					counted.merge(new JobDay(view.jobId(), view.day()), 1L, Long::sum);
				}
			}
		}
		int total = 0;
		for (Map.Entry<JobDay, Long> entry : counted.entrySet()) {
			UUID job = entry.getKey().jobId();
			if (jobs.addViews(job, entry.getValue()) == 1) {
				activity.viewed(job, entry.getKey().day(), entry.getValue());
				details.forget(job);
				total += entry.getValue().intValue();
			}
		}
		return total;
	}

	/** Keys of days before yesterday can no longer deduplicate anything. */
	private void purgeOldKeys() {
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		if (!today.equals(purgedOn)) {
			jdbc.update("delete from job_view_keys where view_day < ?", Date.valueOf(today.minusDays(1)));
			purgedOn = today;
		}
	}

	@Override
	public void start() {
		running = true;
		if (interval.isPositive()) {
			ScheduledExecutorService started = Executors
				.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("job-views-flush").daemon(true).factory());
			started.scheduleWithFixedDelay(this::flush, interval.toMillis(), interval.toMillis(),
					TimeUnit.MILLISECONDS);
			scheduler = started;
		}
	}

	/** Stops the timer and writes what is left. */
	@Override
	public void stop() {
		running = false;
		ScheduledExecutorService running = scheduler;
		scheduler = null;
		if (running != null) {
			running.shutdown();
		}
		flush();
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/**
	 * Starts before and stops after the web server, so no view comes in after the last
	 * flush.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

}
