package io.openhire.jobs;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a job stands (API.md "job status"): drafted, waiting for an admin, public, closed
 * to applicants, or archived (soft-deleted).
 */
enum JobStatus implements ApiValue {

	DRAFT, PENDING_REVIEW, PUBLISHED, CLOSED, ARCHIVED;

	@JsonValue
	@Override
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
