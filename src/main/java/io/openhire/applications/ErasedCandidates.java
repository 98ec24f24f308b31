package io.openhire.applications;

import io.openhire.identity.UserErased;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a candidate's account is erased, their applications go with it: cover letters,
 * answers, the company's rating and notes about them, the status history, interviews and
 * placements are all about that person. What stays is aggregate: a job's
 * {@code application_count}, trending activity and the companies' funnel statistics that
 * were computed before (none of them names anyone). An erased employer's own actions stay
 * in the history of other people's applications as a user id that no longer resolves.
 */
@Component
class ErasedCandidates {

	private static final Logger log = LoggerFactory.getLogger(ErasedCandidates.class);

	private final Applications applications;

	private final Placements placements;

	ErasedCandidates(Applications applications, Placements placements) {
		this.applications = applications;
		this.placements = placements;
	}

	@ApplicationModuleListener(id = "applications.erased-candidate")
	void on(UserErased event) {
		int placed = placements.deleteOfCandidate(event.userId());
		int applied = applications.deleteOfCandidate(event.userId());
		if (applied > 0) {
			log.info("Erased {} applications ({} placements) of user {}", applied, placed, event.userId());
		}
	}

}
