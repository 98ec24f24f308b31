package io.openhire.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests that must wait for something due later: it runs with
 * real time, and {@link #advance} jumps ahead instead of sleeping.
 */
class TestClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	void advance(Duration duration) {
		offset = offset.plus(duration);
	}

	/** Jumps to {@code instant} if it lies ahead. */
	void advanceTo(Instant instant) {
		Duration ahead = Duration.between(instant(), instant);
		if (ahead.isPositive()) {
			advance(ahead);
		}
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The application's clock is UTC");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Configuration {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
