package io.openhire.profiles;

import java.util.Optional;
import java.util.UUID;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.VerificationStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The profiles module's API to other modules: which profile is whose, and the
 * verification status the verification module decides.
 */
@Service
@Transactional(readOnly = true)
public class CandidateProfiles {

	private final Candidates candidates;

	CandidateProfiles(Candidates candidates) {
		this.candidates = candidates;
	}

	/**
	 * The id of the user's candidate profile; empty for users who are not candidates, and
	 * for a candidate in the moment between registration and the profile's creation.
	 */
	public Optional<UUID> profileIdOf(UUID userId) {
		return candidates.findIdByUserId(userId);
	}

	/** The user id of the profile's owner; empty for an unknown (or erased) profile. */
	public Optional<UUID> ownerOf(UUID profileId) {
		return candidates.findUserIdById(profileId);
	}

	/**
	 * Sets the profile's {@code verification_status}.
	 * @throws ApiProblem {@code not_found} for an unknown profile
	 */
	@Transactional
	public void changeVerificationStatus(UUID profileId, VerificationStatus status) {
		candidates.findById(profileId)
			.orElseThrow(() -> ApiProblem.notFound("No such candidate profile."))
			.changeVerificationStatus(status);
	}

}
