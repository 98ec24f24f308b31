package io.openhire.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Chooses where the access-token deny-list lives: Caffeine, or Redis when configured. */
@Configuration(proxyBeanMethods = false)
class RevokedAccessTokensConfiguration {

	@Bean
	@ConditionalOnBooleanProperty(name = "openhire.redis.enabled", havingValue = false, matchIfMissing = true)
	RevokedAccessTokens localRevokedAccessTokens(Clock clock) {
		Cache<String, Instant> revoked = Caffeine.newBuilder().expireAfter(new Expiry<String, Instant>() {
			@Override
			public long expireAfterCreate(String key, Instant expiresAt, long currentTime) {
				return TimeUnit.MILLISECONDS
					.toNanos(Math.max(0, Duration.between(clock.instant(), expiresAt).toMillis()));
			}

			@Override
			public long expireAfterUpdate(String key, Instant expiresAt, long currentTime, long currentDuration) {
				return expireAfterCreate(key, expiresAt, currentTime);
			}

			@Override
			public long expireAfterRead(String key, Instant expiresAt, long currentTime, long currentDuration) {
				return currentDuration;
			}
		}).build();
		return new RevokedAccessTokens() {
			@Override
			public void revoke(String key, Instant until) {
				revoked.put(key, until);
			}

			@Override
			public boolean isRevoked(String key) {
				return revoked.getIfPresent(key) != null;
			}
		};
	}

	@Bean
	@ConditionalOnBooleanProperty("openhire.redis.enabled")
	RevokedAccessTokens redisRevokedAccessTokens(StringRedisTemplate redis, Clock clock,
			@Value("${openhire.redis.key-prefix}") String keyPrefix) {
		String prefix = keyPrefix + "revoked:";
		return new RevokedAccessTokens() {
			@Override
			public void revoke(String key, Instant until) {
				Duration ttl = Duration.between(clock.instant(), until);
				if (!ttl.isNegative() && !ttl.isZero()) {
					redis.opsForValue().set(prefix + key, "1", ttl);
				}
			}

			@Override
			public boolean isRevoked(String key) {
				return Boolean.TRUE.equals(redis.hasKey(prefix + key));
			}
		};
	}

}
