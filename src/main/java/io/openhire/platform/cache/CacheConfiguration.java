package io.openhire.platform.cache;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/**
 * Caching: Caffeine in-process by default, Redis when configured (chosen in
 * {@code EmbeddedDefaults}; settings under {@code spring.cache.*} in application.yml).
 * Redis keys carry {@code openhire.redis.key-prefix} so that deployments, and test runs,
 * can share one Redis.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

}
