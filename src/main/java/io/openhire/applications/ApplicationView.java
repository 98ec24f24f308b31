package io.openhire.applications;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An application as a caller sees it: the candidate's view has no {@code rating} and no
 * {@code internal_notes} at all; the company's members and admins see them.
 */
sealed interface ApplicationView permits ApplicationView.ForCandidate, ApplicationView.ForCompany {

	UUID id();

	ApplicationStatus status();

	/** A small summary of the job. */
	record JobItem(UUID id, String title) {

	}

	/** A small summary of the company. */
	record CompanyItem(UUID id, String name) {

	}

	/** A small summary of a person. */
	record PersonItem(UUID id, String firstName, String lastName, String email) {

	}

	record ForCandidate(UUID id, JobItem job, CompanyItem company, PersonItem candidate, ApplicationStatus status,
			@Nullable String coverLetter, @Nullable UUID resumeDocumentId, Map<String, Object> answers,
			Instant appliedAt, Instant updatedAt) implements ApplicationView {

	}

	record ForCompany(UUID id, JobItem job, CompanyItem company, PersonItem candidate, ApplicationStatus status,
			@Nullable String coverLetter, @Nullable UUID resumeDocumentId, Map<String, Object> answers,
			@Nullable Integer rating, @Nullable String internalNotes, Instant appliedAt,
			Instant updatedAt) implements ApplicationView {

	}

	/** Who made a change: a name, not the email address (recruiters' stay private). */
	record Actor(UUID id, String firstName, String lastName) {

	}

	/**
	 * One entry of the history.
	 *
	 * @param changedBy who made the change
	 */
	record Change(@Nullable ApplicationStatus fromStatus, ApplicationStatus toStatus, Actor changedBy,
			@Nullable String reason, @Nullable String note, Instant changedAt) {

	}

}
