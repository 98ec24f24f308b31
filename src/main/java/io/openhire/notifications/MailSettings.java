package io.openhire.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.Assert;

/**
 * {@code openhire.mail.*}: the sender address and how the outbox retries. The SMTP server
 * itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param from the {@code From} of every mail ({@code OPENHIRE_MAIL_FROM})
 * @param maxAttempts attempts before a mail is given up as {@code failed}
 * @param firstRetryDelay the wait after the first failed attempt; it doubles after each
 * further one
 * @param maxRetryDelay the longest wait between two attempts
 * @param claimTimeout how long a node owns a mail it is sending; if it has not reported
 * by then (it died), another node tries again. Keep it above the SMTP timeouts.
 */
@ConfigurationProperties("openhire.mail")
record MailSettings(@DefaultValue("Openhire <no-reply@localhost>") String from, @DefaultValue("10") int maxAttempts,
		@DefaultValue("30s") Duration firstRetryDelay, @DefaultValue("1h") Duration maxRetryDelay,
		@DefaultValue("5m") Duration claimTimeout) {

	MailSettings {
		Assert.isTrue(maxAttempts >= 1, "openhire.mail.max-attempts must be 1 or more");
		Assert.isTrue(firstRetryDelay.isPositive() && maxRetryDelay.isPositive() && claimTimeout.isPositive(),
				"openhire.mail delays must be positive");
	}

	/**
	 * When to try again after attempt number {@code attempts} failed at {@code now};
	 * empty when that was the last allowed attempt.
	 */
	Optional<Instant> nextAttempt(int attempts, Instant now) {
		if (attempts >= maxAttempts) {
			return Optional.empty();
		}
		int doublings = Math.clamp(attempts - 1L, 0, 30);
		Duration delay = firstRetryDelay.multipliedBy(1L << doublings);
		return Optional.of(now.plus((delay.compareTo(maxRetryDelay) > 0) ? maxRetryDelay : delay));
	}

}
