package io.openhire.notifications;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailSettingsTests {

	private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

	private final MailSettings settings = new MailSettings("a@b.io", 10, Duration.ofSeconds(30), Duration.ofHours(1),
			Duration.ofMinutes(5));

	@Test
	void waitDoublesAfterEachFailedAttempt() {
		assertThat(settings.nextAttempt(1, NOW)).contains(NOW.plusSeconds(30));
		assertThat(settings.nextAttempt(2, NOW)).contains(NOW.plusSeconds(60));
		assertThat(settings.nextAttempt(3, NOW)).contains(NOW.plusSeconds(120));
		assertThat(settings.nextAttempt(7, NOW)).contains(NOW.plusSeconds(1920));
	}

	@Test
	void waitIsCappedAtTheLongestDelay() {
		assertThat(settings.nextAttempt(8, NOW)).contains(NOW.plus(Duration.ofHours(1)));
		assertThat(settings.nextAttempt(9, NOW)).contains(NOW.plus(Duration.ofHours(1)));
	}

	@Test
	void lastAttemptHasNoNext() {
		assertThat(settings.nextAttempt(10, NOW)).isEmpty();
		assertThat(settings.nextAttempt(11, NOW)).isEmpty();
	}

}
