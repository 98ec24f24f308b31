package io.openhire.profiles;

import io.openhire.identity.UserErased;
import io.openhire.identity.UserRegistered;
import io.openhire.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Profiles follow their accounts: an empty profile for each new candidate and employer,
 * and nothing left of them when the account is erased.
 * <p>
 * Erasure deletes the profile and all its entries: everything in them is personal data,
 * and nothing in other modules needs them to stay (they refer to the user or the profile
 * by id and treat an unknown profile as gone; ratings about the candidate live with the
 * reviews module).
 */
@Component
class ProfileLifecycle {

	private final ProfileCreation creation;

	private final Candidates candidates;

	private final Employers employers;

	private final ProfileCompleteness entries;

	private final ApplicationEventPublisher events;

	ProfileLifecycle(ProfileCreation creation, Candidates candidates, Employers employers, ProfileCompleteness entries,
			ApplicationEventPublisher events) {
		this.events = events;
		this.creation = creation;
		this.candidates = candidates;
		this.employers = employers;
		this.entries = entries;
	}

	/** Idempotent: the profile may exist already, created on first access. */
	@ApplicationModuleListener(id = "profiles.user-registered")
	void on(UserRegistered event) {
		if (event.role() == Role.CANDIDATE) {
			creation.candidate(event.userId());
		}
		else if (event.role() == Role.EMPLOYER) {
			creation.employer(event.userId());
		}
	}

	@ApplicationModuleListener(id = "profiles.user-erased")
	void on(UserErased event) {
		candidates.findByUserId(event.userId()).ifPresent((profile) -> {
			entries.deleteEntries(profile);
			candidates.deleteProfile(profile.id());
			events.publishEvent(new CandidateProfileChanged(profile.id()));
		});
		employers.deleteByOwner(event.userId());
	}

}
