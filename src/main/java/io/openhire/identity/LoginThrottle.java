package io.openhire.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.Ids;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The per-account lock-out: after {@value #MAX_FAILURES} failed sign-ins for an email
 * within {@link #WINDOW}, further attempts are refused until the window passes. Counted
 * per email whether or not it has an account, so the lock-out reveals nothing; kept in
 * the database so every node sees the same count.
 */
@Component
class LoginThrottle {

	static final int MAX_FAILURES = 10;

	static final Duration WINDOW = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @throws ApiProblem 429 {@code account_locked} while the email is locked out
	 */
	void checkNotLocked(String emailNormalized) {
		Instant since = clock.instant().minus(WINDOW);
		Long failures = jdbc.sql("select count(*) from login_failures where email_normalized = ? and failed_at > ?")
			.params(emailNormalized, utc(since))
			.query(Long.class)
			.single();
		if (failures >= MAX_FAILURES) {
			ApiProblem locked = new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "account_locked",
					"Too many failed sign-ins. Try again later or reset the password.");
			locked.getHeaders().set("Retry-After", String.valueOf(WINDOW.toSeconds()));
			throw locked;
		}
	}

	void failed(String emailNormalized) {
		Instant now = clock.instant();
		jdbc.sql("delete from login_failures where email_normalized = ? and failed_at <= ?")
			.params(emailNormalized, utc(now.minus(WINDOW)))
			.update();
		jdbc.sql("insert into login_failures (id, email_normalized, failed_at) values (?, ?, ?)")
			.params(Ids.newId(), emailNormalized, utc(now))
			.update();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	void succeeded(String emailNormalized) {
		jdbc.sql("delete from login_failures where email_normalized = ?").params(emailNormalized).update();
	}

}
