package io.openhire.jobs;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** How an applicant answers a job's question. */
enum QuestionType implements ApiValue {

	TEXT, YES_NO, SINGLE_CHOICE, NUMBER;

	@JsonValue
	@Override
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
