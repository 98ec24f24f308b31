package io.openhire.search;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * How a copy of another module's row (a job, a candidate profile) follows that row after
 * each change, the same for {@link JobIndexing} and {@link CandidateIndexing}.
 * <p>
 * A row often changes twice in a moment (a profile created at registration and filled in
 * right after; a job edited and published), and the two refreshes run in parallel. In the
 * database the copy is safe: each refresh reads the copy before the row, so the one that
 * read an older row also read an older copy, and its write meets the copy's version (or
 * primary key, for a first copy); it then refreshes again. But Hibernate Search writes
 * the index after each commit, so the index write of an older copy could land after that
 * of a newer one and stay. So after its own write has reached the index, a refresh looks
 * at the copy's version again: if another refresh has committed since, it indexes the
 * copy as it is now, and looks again. Whichever refresh writes the index last thus leaves
 * the latest copy there.
 */
final class CopyRefresh {

	private static final int ATTEMPTS = 3;

	/** Enough for any burst of changes to one row; each refresh checks anyway. */
	private static final int CATCH_UPS = 5;

	private CopyRefresh() {
	}

	/**
	 * @param refresh brings the copy up to date in a transaction of its own, answering
	 * the version written (empty when the row has no copy now)
	 * @param version the version of the copy as committed now
	 * @param reindex indexes the copy as it is now, unchanged, answering its version
	 */
	static void follow(UUID id, Function<UUID, Optional<Long>> refresh, Function<UUID, Optional<Long>> version,
			Function<UUID, Optional<Long>> reindex) {
		Optional<Long> indexed = retried(() -> refresh.apply(id));
		for (int i = 0; i < CATCH_UPS && !version.apply(id).equals(indexed); i++) {
			indexed = reindex.apply(id);
		}
	}

	/**
	 * Runs {@code write} (a transaction of its own) again when it lost a race for a copy,
	 * up to three times in all.
	 */
	static <T> T retried(Supplier<T> write) {
		for (int attempt = 1;; attempt++) {
			try {
				return write.get();
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

}
