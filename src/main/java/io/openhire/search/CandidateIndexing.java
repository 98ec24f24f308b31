package io.openhire.search;

import java.util.Optional;
import java.util.UUID;

import io.openhire.profiles.CandidateProfileChanged;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Indexing follows the profiles module as {@link JobIndexing} follows jobs: every
 * {@link CandidateProfileChanged} refreshes that profile's copy after the change commits
 * (kept by the event publication registry until done), reading the profile as it is then.
 * <p>
 * A profile often changes twice in a moment (created at registration and filled in right
 * after; a skill added after an edit), and the two refreshes run in parallel. In the
 * database the copy is safe: the loser meets the copy's primary key or version and
 * refreshes again (see {@link CandidateProjection#refresh}). But Hibernate Search writes
 * the index after each commit, so the index write of an older copy could land after that
 * of a newer one and stay. So after its own write has reached the index, a refresh looks
 * at the copy's version again: if another refresh has committed since, it indexes the
 * copy as it is now, and looks again. Whichever refresh writes the index last thus leaves
 * the latest copy there.
 */
@Component
class CandidateIndexing {

	private static final int ATTEMPTS = 3;

	/** Enough for any burst of changes to one profile; each refresh checks anyway. */
	private static final int CATCH_UPS = 5;

	private final CandidateProjection projection;

	CandidateIndexing(CandidateProjection projection) {
		this.projection = projection;
	}

	@ApplicationModuleListener(id = "search.candidate-profile-changed")
	void on(CandidateProfileChanged event) {
		UUID profileId = event.profileId();
		Optional<Long> indexed = refresh(profileId);
		for (int i = 0; i < CATCH_UPS && !projection.version(profileId).equals(indexed); i++) {
			indexed = projection.reindex(profileId);
		}
	}

	private Optional<Long> refresh(UUID profileId) {
		for (int attempt = 1;; attempt++) {
			try {
				return projection.refresh(profileId);
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

}
