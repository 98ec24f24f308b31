package io.openhire.shared;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a candidate or a company stands in verification: {@code unverified} until a
 * request, {@code pending} while an admin reviews it, then {@code verified} or
 * {@code rejected}.
 */
public enum VerificationStatus {

	UNVERIFIED, PENDING, VERIFIED, REJECTED;

	@JsonValue
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static VerificationStatus of(String value) {
		return valueOf(value.toUpperCase(Locale.ROOT));
	}

}
