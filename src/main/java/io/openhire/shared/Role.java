package io.openhire.shared;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a user is; a user has exactly one role. */
public enum Role {

	ADMIN, EMPLOYER, CANDIDATE;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The role with the API value {@code value} ({@code "admin"}, ...). */
	public static Role of(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

	/** The Spring Security authority of the role: {@code ROLE_ADMIN}, ... */
	public String authority() {
		return "ROLE_" + name();
	}

}
