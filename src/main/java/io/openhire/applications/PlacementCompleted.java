package io.openhire.applications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A placement (the job a hired candidate held) was completed by the company.
 *
 * @param placementId the placement
 * @param applicationId the application it came from
 * @param jobId the job
 * @param companyId the company
 * @param candidateId the candidate's user id
 * @param completionDate the day it ended
 * @param rating the company's rating of the work, 1 to 5
 * @param feedback the company's words, if any
 * @param occurredAt when it was recorded
 */
public record PlacementCompleted(UUID placementId, UUID applicationId, UUID jobId, UUID companyId, UUID candidateId,
		LocalDate completionDate, int rating, @Nullable String feedback, Instant occurredAt) {

}
