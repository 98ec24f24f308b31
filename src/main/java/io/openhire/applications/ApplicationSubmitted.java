package io.openhire.applications;

import java.time.Instant;
import java.util.UUID;

/**
 * A candidate applied to a job.
 *
 * @param applicationId the new application
 * @param jobId the job applied to
 * @param jobTitle the job's title when the candidate applied
 * @param companyId the company that posts the job
 * @param candidateId the candidate's user id
 * @param candidateName the candidate's full name when they applied (what news of the
 * application calls them)
 * @param jobPostedBy the employer who posted the job: the company side's contact for news
 * about its applications
 * @param occurredAt when
 */
public record ApplicationSubmitted(UUID applicationId, UUID jobId, String jobTitle, UUID companyId, UUID candidateId,
		String candidateName, UUID jobPostedBy, Instant occurredAt) {

}
