package io.openhire.platform.cache;

import java.time.Duration;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.boot.cache.autoconfigure.RedisCacheManagerBuilderCustomizer;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Caching: Caffeine in-process by default, Redis when configured (chosen in
 * {@code EmbeddedDefaults}; settings under {@code spring.cache.*} in application.yml).
 * Redis keys carry {@code openhire.redis.key-prefix} so that deployments, and test runs,
 * can share one Redis.
 * <p>
 * Entries live {@code spring.cache.caffeine.spec} /
 * {@code spring.cache.redis.time-to-live} (10 minutes); a cache that must stay fresher
 * names its own time to live under {@code openhire.cache.time-to-live.[<cache name>]},
 * the same with either provider.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

	@Bean
	CacheManagerCustomizer<CaffeineCacheManager> caffeineTimesToLive(Environment environment) {
		Map<String, Duration> timesToLive = timesToLive(environment);
		return (manager) -> timesToLive.forEach((name, ttl) -> manager.registerCustomCache(name,
				Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(ttl).build()));
	}

	@Bean
	RedisCacheManagerBuilderCustomizer redisTimesToLive(Environment environment) {
		Map<String, Duration> timesToLive = timesToLive(environment);
		return (builder) -> timesToLive
			.forEach((name, ttl) -> builder.withCacheConfiguration(name, builder.cacheDefaults().entryTtl(ttl)));
	}

	/**
	 * Writes that take effect before they return: Spring Data Redis 4 otherwise sends
	 * puts and evictions without waiting, so a read right after could miss a put, and a
	 * put could land after an eviction meant to undo it (the job detail cache keeps no
	 * answer read before a change by putting, then evicting when a change came between).
	 */
	@Bean
	RedisCacheManagerBuilderCustomizer redisImmediateWrites(ObjectProvider<RedisConnectionFactory> connections) {
		return (builder) -> connections.ifAvailable((factory) -> builder.cacheWriter(
				RedisCacheWriter.create(factory, RedisCacheWriter.RedisCacheWriterConfigurer::immediateWrites)));
	}

	private static Map<String, Duration> timesToLive(Environment environment) {
		return Binder.get(environment)
			.bind("openhire.cache.time-to-live", Bindable.mapOf(String.class, Duration.class))
			.orElse(Map.of());
	}

}
