package io.openhire.notifications;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;
import io.openhire.shared.ApiProblem;

/** Where a mail of the outbox stands. */
enum MailStatus {

	/** Kept, not sent: no SMTP server is configured. */
	HELD,

	/**
	 * To be sent: at {@code next_attempt_at}, or being sent by the node that claimed it.
	 */
	PENDING,

	/** Accepted by the SMTP server. */
	SENT,

	/** Given up after the last allowed attempt, or impossible to send at all. */
	FAILED;

	@JsonValue
	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The status with the API value {@code value}.
	 * @throws ApiProblem {@code validation_failed} on the {@code status} parameter for
	 * any other value
	 */
	static MailStatus parse(String value) {
		return Arrays.stream(values())
			.filter((status) -> status.value().equals(value.strip()))
			.findFirst()
			.orElseThrow(() -> ApiProblem.invalid("status", "Must be one of "
					+ Arrays.stream(values()).map(MailStatus::value).collect(Collectors.joining(", ")) + "."));
	}

}
