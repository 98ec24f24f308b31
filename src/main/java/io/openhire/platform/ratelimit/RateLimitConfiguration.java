package io.openhire.platform.ratelimit;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the token buckets live: in this process (Caffeine) by default, in Redis when
 * Redis is configured so that every node shares one budget per caller.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitSettings.class)
class RateLimitConfiguration {

	/**
	 * Long enough for any bucket to refill completely; an idle bucket is then forgotten.
	 */
	private static final Duration IDLE_EXPIRY = Duration.ofMinutes(2);

	@Bean
	@ConditionalOnBooleanProperty(name = "openhire.redis.enabled", havingValue = false, matchIfMissing = true)
	ProxyManager<String> localBuckets() {
		return Bucket4jCaffeine.<String>builderFor(Caffeine.newBuilder().maximumSize(200_000))
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(IDLE_EXPIRY))
			.build();
	}

	/**
	 * A client of its own, not the connection factory's: the factory may be stopped and
	 * restarted (a context restart), which would close a connection borrowed from it.
	 */
	@Bean(destroyMethod = "shutdown")
	@ConditionalOnBooleanProperty("openhire.redis.enabled")
	RedisClient rateLimitRedisClient(DataRedisProperties redis) {
		RedisURI uri = (redis.getUrl() != null) ? RedisURI.create(redis.getUrl())
				: RedisURI.builder()
					.withHost(redis.getHost())
					.withPort(redis.getPort())
					.withDatabase(redis.getDatabase())
					.build();
		if (redis.getUrl() == null && redis.getPassword() != null) {
			uri.setPassword(redis.getPassword().toCharArray());
		}
		return RedisClient.create(uri);
	}

	@Bean(destroyMethod = "close")
	@ConditionalOnBooleanProperty("openhire.redis.enabled")
	StatefulRedisConnection<String, byte[]> rateLimitRedisConnection(RedisClient rateLimitRedisClient) {
		return rateLimitRedisClient.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
	}

	@Bean
	@ConditionalOnBooleanProperty("openhire.redis.enabled")
	ProxyManager<String> redisBuckets(StatefulRedisConnection<String, byte[]> connection,
			@Value("${openhire.redis.key-prefix}") String keyPrefix) {
		ProxyManager<String> buckets = Bucket4jLettuce.casBasedBuilder(connection)
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(IDLE_EXPIRY))
			.build();
		return buckets.withMapper((String key) -> keyPrefix + "rate-limit:" + key);
	}

}
