package io.openhire.shared;

import org.springframework.cache.Cache;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Forgetting a whole cache after a write: now, and inside a transaction once more after
 * it commits, so that a request that read the old rows meanwhile cannot keep them cached.
 * Uses {@link Cache#invalidate()}, which the cache abstraction promises takes effect at
 * once ({@link Cache#clear()} may be deferred, and with Redis a read right after it was
 * seen to find the old entry).
 */
public final class CacheForgetting {

	private CacheForgetting() {
	}

	public static void forget(Cache cache) {
		cache.invalidate();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					cache.invalidate();
				}
			});
		}
	}

}
