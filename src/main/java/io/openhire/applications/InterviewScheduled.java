package io.openhire.applications;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An interview was scheduled ({@code sequence} 0) or rescheduled (a higher
 * {@code sequence}); the candidate gets a calendar invite whose UID stays the interview's
 * id.
 *
 * @param interviewId the interview, also the calendar event's identity
 * @param applicationId its application
 * @param candidateId the candidate's user id
 * @param jobTitle the job's title
 * @param type {@code phone}, {@code video}, {@code in_person} or {@code technical}
 * @param scheduledAt when it starts
 * @param durationMinutes how long it takes
 * @param location where, if in person
 * @param meetingUrl where, if online
 * @param interviewerName who interviews, if given
 * @param sequence the invite's iCalendar SEQUENCE
 * @param occurredAt when it was (re)scheduled
 */
public record InterviewScheduled(UUID interviewId, UUID applicationId, UUID candidateId, String jobTitle, String type,
		Instant scheduledAt, int durationMinutes, @Nullable String location, @Nullable String meetingUrl,
		@Nullable String interviewerName, int sequence, Instant occurredAt) {

}
