package io.openhire.applications;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where an application stands (API.md "application status"); the last three are final.
 */
enum ApplicationStatus {

	APPLIED, REVIEWING, SHORTLISTED, INTERVIEWING, OFFERED, HIRED, REJECTED, WITHDRAWN;

	@JsonValue
	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	boolean isFinal() {
		return this == HIRED || this == REJECTED || this == WITHDRAWN;
	}

}
