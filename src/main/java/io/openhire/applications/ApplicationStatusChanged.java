package io.openhire.applications;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An application moved from one status to another (API.md values, such as
 * {@code reviewing}). The side that did not make the change should hear of it: the
 * candidate when {@code changedBy} is not the candidate, else {@code jobPostedBy}.
 *
 * @param applicationId the application
 * @param jobId its job
 * @param jobTitle the job's title
 * @param companyId the company that posts the job
 * @param candidateId the candidate's user id
 * @param jobPostedBy the employer who posted the job
 * @param fromStatus where it stood
 * @param toStatus where it stands now
 * @param changedBy the user who moved it
 * @param reason the reason given, if any (shown to both sides)
 * @param occurredAt when
 */
public record ApplicationStatusChanged(UUID applicationId, UUID jobId, String jobTitle, UUID companyId,
		UUID candidateId, UUID jobPostedBy, String fromStatus, String toStatus, UUID changedBy, @Nullable String reason,
		Instant occurredAt) {

	/** Whether the candidate made the change (withdrew, or accepted an offer). */
	public boolean byCandidate() {
		return changedBy.equals(candidateId);
	}

}
