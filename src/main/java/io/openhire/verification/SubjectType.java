package io.openhire.verification;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a verification request is about: a candidate (profile) or a company. */
public enum SubjectType {

	CANDIDATE, COMPANY;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
