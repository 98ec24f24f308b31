package io.openhire.jobs;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** What the salary figures are per (API.md "salary_period"). */
enum SalaryPeriod implements ApiValue {

	HOURLY, DAILY, MONTHLY, YEARLY;

	@JsonValue
	@Override
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

}
