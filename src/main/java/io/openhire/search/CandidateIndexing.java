package io.openhire.search;

import io.openhire.profiles.CandidateProfileChanged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Indexing follows the profiles module as {@link JobIndexing} follows jobs: every
 * {@link CandidateProfileChanged} refreshes that profile's copy after the change commits
 * (kept by the event publication registry until done), reading the profile as it is then,
 * as {@link CopyRefresh} describes.
 */
@Component
class CandidateIndexing {

	private final CandidateProjection projection;

	CandidateIndexing(CandidateProjection projection) {
		this.projection = projection;
	}

	@ApplicationModuleListener(id = "search.candidate-profile-changed")
	void on(CandidateProfileChanged event) {
		CopyRefresh.follow(event.profileId(), projection::refresh, projection::version, projection::reindex);
	}

}
