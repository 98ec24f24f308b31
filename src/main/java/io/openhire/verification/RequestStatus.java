package io.openhire.verification;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a request stands: waiting for an admin, or decided. */
enum RequestStatus {

	PENDING, APPROVED, REJECTED;

	@JsonValue
	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
