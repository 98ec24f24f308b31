package io.openhire.jobs;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where the work is done (API.md "remote_option"). */
enum RemoteOption implements ApiValue {

	ON_SITE, REMOTE, HYBRID;

	@JsonValue
	@Override
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
