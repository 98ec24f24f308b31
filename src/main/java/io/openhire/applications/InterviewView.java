package io.openhire.applications;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * An interview as callers see it; {@code feedback} and {@code rating} are the company's
 * and left out of the candidate's view.
 */
record InterviewView(UUID id, UUID applicationId, InterviewType type, InterviewStatus status, Instant scheduledAt,
		int durationMinutes, @Nullable String location, @Nullable String meetingUrl, @Nullable String interviewerName,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String feedback,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer rating, int sequence, Instant createdAt,
		Instant updatedAt) {

	static InterviewView of(Interview interview, boolean forCandidate) {
		return new InterviewView(interview.id(), interview.applicationId(), interview.type(), interview.status(),
				interview.scheduledAt(), interview.durationMinutes(), interview.location(), interview.meetingUrl(),
				interview.interviewerName(), forCandidate ? null : interview.feedback(),
				forCandidate ? null : interview.rating(), interview.sequence(), interview.createdAt(),
				interview.updatedAt());
	}

}
