package io.openhire.jobs;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import io.openhire.companies.CompanyChanged;
import io.openhire.shared.CacheForgetting;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The JSON of {@code GET /jobs/{id}} for jobs that everyone may see, by job id, for a
 * short while ({@code openhire.cache.time-to-live.[jobs-detail]}, 30 s).
 * <p>
 * Only a job that is published and open when it is read is kept, and the answer does not
 * depend on who asks (no field of {@link JobView} is the caller's), so any caller may be
 * given it. Drafts, jobs awaiting review, closed and archived jobs are never kept: they
 * are read fresh for the members and admins who may see them. An entry carries the moment
 * the job's expiry or application deadline passes and is not served from then on.
 * <p>
 * An entry is forgotten, now and once the change commits, when the job is published,
 * edited or closed (also by expiry or archiving), when its view, save or application
 * count moves, and (every entry) when a company's name, type or verification changes.
 * Anything else shown (a category or skill renamed), changes on another node with the
 * in-process cache show within the time to live. A read that began before a change
 * committed does not keep what it read (on this node: other nodes sharing Redis rely on
 * the time to live for that race).
 */
@Component
class JobDetailCache {

	static final String CACHE = "jobs-detail";

	/**
	 * Larger answers (long rich texts) are not kept: with Caffeine's 10,000 entries this
	 * bounds the cache to about 320 MB, where typical jobs take 2 to 5 KB.
	 */
	static final int MAX_KEPT_BYTES = 32 * 1024;

	/** The JSON of the job and when it stops being open ({@code null}: no date set). */
	record Entry(byte[] json, @Nullable Instant openUntil) implements Serializable {

	}

	private static final int SLOTS = 1024;

	/**
	 * When entries were last forgotten, per slot of job ids and for all at once: a read
	 * that began before a forgetting may have read the old job, and must not keep it.
	 */
	private final AtomicLongArray forgotten = new AtomicLongArray(SLOTS);

	private final AtomicLong allForgotten = new AtomicLong();

	private final AtomicLong forgettings = new AtomicLong();

	private final CacheManager caches;

	private final JsonMapper json;

	JobDetailCache(CacheManager caches, JsonMapper json) {
		this.caches = caches;
		this.json = json;
	}

	/** The kept JSON of a job that is still open at {@code now}, if there is one. */
	byte @Nullable [] find(UUID jobId, Instant now) {
		Cache cache = caches.getCache(CACHE);
		Entry entry = (cache != null) ? cache.get(jobId, Entry.class) : null;
		if (entry == null || (entry.openUntil() != null && !now.isBefore(entry.openUntil()))) {
			return null;
		}
		return entry.json();
	}

	/** Taken before the job is read, and handed to {@link #json}. */
	long stamp(UUID jobId) {
		return forgotten.get(slot(jobId)) + allForgotten.get();
	}

	/**
	 * The job as JSON, kept if it is published and open at {@code now} (and not larger
	 * than {@link #MAX_KEPT_BYTES}), unless its entry was forgotten since {@code stamp}:
	 * the job may then have been read before the change committed. Checked after the put,
	 * so that a forgetting that comes between is sure to find the entry.
	 */
	byte[] json(JobView job, Instant now, long stamp) {
		byte[] bytes = json.writeValueAsBytes(job);
		Instant openUntil = openUntil(job);
		boolean open = job.status() == JobStatus.PUBLISHED && (openUntil == null || now.isBefore(openUntil));
		Cache cache = caches.getCache(CACHE);
		if (open && bytes.length <= MAX_KEPT_BYTES && cache != null) {
			cache.put(job.id(), new Entry(bytes, openUntil));
			if (stamp(job.id()) != stamp) {
				cache.evictIfPresent(job.id());
			}
		}
		return bytes;
	}

	/** Forgets the job's entry, now and once the current transaction commits. */
	void forget(UUID jobId) {
		Cache cache = caches.getCache(CACHE);
		if (cache != null) {
			CacheForgetting.nowAndAfterCommit(() -> {
				forgotten.set(slot(jobId), forgettings.incrementAndGet());
				cache.evictIfPresent(jobId);
			});
		}
	}

	@EventListener
	void published(JobPublished event) {
		forget(event.jobId());
	}

	@EventListener
	void updated(JobUpdated event) {
		forget(event.jobId());
	}

	@EventListener
	void closed(JobClosed event) {
		forget(event.jobId());
	}

	/** Every job of the company shows its summary: forgets every entry (rare). */
	@EventListener
	void companyChanged(CompanyChanged event) {
		Cache cache = caches.getCache(CACHE);
		if (cache != null) {
			CacheForgetting.nowAndAfterCommit(() -> {
				allForgotten.incrementAndGet();
				cache.invalidate();
			});
		}
	}

	private static int slot(UUID jobId) {
		return jobId.hashCode() & (SLOTS - 1);
	}

	private static @Nullable Instant openUntil(JobView job) {
		Instant expires = job.expiresAt();
		Instant deadline = job.applicationDeadline();
		if (expires == null) {
			return deadline;
		}
		return (deadline == null || expires.isBefore(deadline)) ? expires : deadline;
	}

}
