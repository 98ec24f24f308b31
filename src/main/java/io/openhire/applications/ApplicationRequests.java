package io.openhire.applications;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The bodies the application endpoints take. */
final class ApplicationRequests {

	static final int MAX_COVER_LETTER = 10000;

	private ApplicationRequests() {
	}

	/** {@code POST /applications}; answers are checked against the job's questions. */
	record Apply(@NotNull UUID jobId, @Nullable @Size(max = MAX_COVER_LETTER) String coverLetter,
			@Nullable UUID resumeDocumentId, @Nullable Map<String, JsonNode> answers) {

	}

	/** {@code POST /applications/{id}/transitions}. */
	record Transition(@NotNull ApplicationStatus status, @Nullable @Size(max = 1000) String reason,
			@Nullable @Size(max = 2000) String note) {

	}

	/** What the candidate may PATCH. */
	record CandidateChanges(@Nullable @Size(max = MAX_COVER_LETTER) String coverLetter) {

	}

	/** What a member of the company may PATCH. */
	record CompanyChanges(@Nullable @Min(1) @Max(5) Integer rating, @Nullable @Size(max = 10000) String internalNotes) {

	}

}
