package io.openhire.profiles;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Which candidates an employer may see the contact details of (phone, date of birth,
 * gender, street address): API.md grants it once the candidate applied to a job of the
 * employer's companies. The applications module, downstream of this one, answers by
 * providing a bean of this type; without one, employers never see them. Owners and admins
 * always do.
 */
public interface ContactDetailsAccess {

	/**
	 * @param employerId the employer's user id
	 * @param candidateUserIds user ids of candidates the employer is looking at (a page
	 * of the list at most)
	 * @return those of {@code candidateUserIds} whose contact details the employer may
	 * see
	 */
	Set<UUID> disclosedTo(UUID employerId, Collection<UUID> candidateUserIds);

}
