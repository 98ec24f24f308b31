package io.openhire.applications;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An interview's fields as a client sends them: all of them to schedule (POST), some of
 * them as a merge patch to reschedule or record the outcome (PATCH).
 */
record InterviewFields(@NotNull InterviewType type, @NotNull Instant scheduledAt,
		@NotNull @Min(5) @Max(1440) Integer durationMinutes, @Nullable @Size(max = 500) String location,
		@Nullable @Size(max = 1000) String meetingUrl, @Nullable @Size(max = 200) String interviewerName,
		@Nullable InterviewStatus status, @Nullable @Size(max = 5000) String feedback,
		@Nullable @Min(1) @Max(5) Integer rating) {

}
