package io.openhire.applications;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an interview is held (API.md "interview type"). */
enum InterviewType {

	PHONE, VIDEO, IN_PERSON, TECHNICAL;

	@JsonValue
	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
