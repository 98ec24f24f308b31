package io.openhire.applications;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a placement stands (API.md "placement status"). */
enum PlacementStatus {

	ACTIVE, COMPLETED, TERMINATED;

	@JsonValue
	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
