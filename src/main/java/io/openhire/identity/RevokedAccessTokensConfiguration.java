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
			public void revoke(String tokenId, Instant expiresAt) {
				revoked.put(tokenId, expiresAt);
			}

			@Override
			public boolean isRevoked(String tokenId) {
				return revoked.getIfPresent(tokenId) != null;
			}
		};
	}

	@Bean
	@ConditionalOnBooleanProperty("openhire.redis.enabled")
	RevokedAccessTokens redisRevokedAccessTokens(StringRedisTemplate redis, Clock clock,
			@Value("${openhire.redis.key-prefix}") String keyPrefix) {
		String prefix = keyPrefix + "revoked-token:";
		return new RevokedAccessTokens() {
			@Override
			public void revoke(String tokenId, Instant expiresAt) {
				Duration ttl = Duration.between(clock.instant(), expiresAt);
				if (!ttl.isNegative() && !ttl.isZero()) {
					redis.opsForValue().set(prefix + tokenId, "1", ttl);
				}
			}

			@Override
			public boolean isRevoked(String tokenId) {
				return Boolean.TRUE.equals(redis.hasKey(prefix + tokenId));
			}
		};
	}

}
