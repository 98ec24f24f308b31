package io.openhire.platform.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code openhire.rate-limit.*}: requests per minute of each class of API.md "Platform";
 * {@code OPENHIRE_RATE_LIMIT_ENABLED=false} turns rate limiting off.
 */
@ConfigurationProperties("openhire.rate-limit")
record RateLimitSettings(boolean enabled, int authPerMinute, int anonymousPerMinute, int userPerMinute) {

	int perMinute(RateLimitClass limitClass) {
		return switch (limitClass) {
			case AUTH -> authPerMinute;
			case ANONYMOUS -> anonymousPerMinute;
			case USER -> userPerMinute;
		};
	}

}
