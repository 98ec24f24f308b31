package io.openhire.search;

import io.openhire.profiles.CandidateProfileChanged;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Indexing follows the profiles module as {@link JobIndexing} follows jobs: every
 * {@link CandidateProfileChanged} refreshes that profile's copy after the change commits
 * (kept by the event publication registry until done), reading the profile as it is then.
 * Two refreshes racing over a first copy meet at the primary key, and the loser refreshes
 * again.
 */
@Component
class CandidateIndexing {

	private static final int ATTEMPTS = 3;

	private final CandidateProjection projection;

	CandidateIndexing(CandidateProjection projection) {
		this.projection = projection;
	}

	@ApplicationModuleListener(id = "search.candidate-profile-changed")
	void on(CandidateProfileChanged event) {
		for (int attempt = 1;; attempt++) {
			try {
				projection.refresh(event.profileId());
				return;
			}
			catch (DataIntegrityViolationException | ConcurrencyFailureException ex) {
				if (attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

}
