package io.openhire.shared;

import org.springframework.cache.Cache;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Forgetting cached entries after a write: now, and inside a transaction once more after
 * it commits, so that a request that read the old rows meanwhile cannot keep them cached.
 * Uses {@link Cache#invalidate()} and {@link Cache#evictIfPresent}, which the cache
 * abstraction promises take effect at once: {@link Cache#clear()} and {@link Cache#evict}
 * may be deferred, and Spring Data Redis does run them asynchronously (a read right after
 * a {@code clear()} found the old entry in CI).
 */
public final class CacheForgetting {

	private CacheForgetting() {
	}

	/** Forgets every entry of the cache. */
	public static void forget(Cache cache) {
		nowAndAfterCommit(cache::invalidate);
	}

	/** Forgets the cache's entry for this key. */
	public static void forget(Cache cache, Object key) {
		nowAndAfterCommit(() -> cache.evictIfPresent(key));
	}

	/**
	 * Runs {@code forget} now, and inside a transaction once more after it commits: for a
	 * cache that also keeps track of what it forgot.
	 */
	public static void nowAndAfterCommit(Runnable forget) {
		forget.run();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					forget.run();
				}
			});
		}
	}

}
