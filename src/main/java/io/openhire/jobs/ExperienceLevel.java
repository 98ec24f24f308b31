package io.openhire.jobs;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** How senior the person hired should be (API.md "experience_level"). */
enum ExperienceLevel implements ApiValue {

	ENTRY, MID, SENIOR, LEAD, EXECUTIVE;

	@JsonValue
	@Override
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
