package io.openhire.applications;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an interview stands (API.md "interview status"); only scheduled ones change. */
enum InterviewStatus {

	SCHEDULED, COMPLETED, CANCELLED, NO_SHOW;

	@JsonValue
	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
