package io.openhire.applications;

import java.time.Instant;
import java.util.UUID;

/**
 * A scheduled interview was cancelled; the candidate's calendar should drop it (same UID,
 * higher {@code sequence}, iCalendar {@code METHOD:CANCEL}).
 *
 * @param interviewId the interview
 * @param applicationId its application
 * @param candidateId the candidate's user id
 * @param jobTitle the job's title
 * @param scheduledAt when it would have started
 * @param durationMinutes how long it would have taken
 * @param sequence the cancellation's iCalendar SEQUENCE
 * @param occurredAt when it was cancelled
 */
public record InterviewCancelled(UUID interviewId, UUID applicationId, UUID candidateId, String jobTitle,
		Instant scheduledAt, int durationMinutes, int sequence, Instant occurredAt) {

}
