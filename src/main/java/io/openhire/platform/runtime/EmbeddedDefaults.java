package io.openhire.platform.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Chooses the embedded defaults or the production services from the environment, before
 * any bean exists.
 * <ul>
 * <li>{@code openhire.data-dir} becomes an absolute path, created if missing, so that the
 * H2 files and the search index never depend on the working directory twice.</li>
 * <li>Without {@code spring.datasource.url}: an H2 file database in that folder, in
 * PostgreSQL mode so that one set of migrations serves both.</li>
 * <li>Without {@code spring.data.redis.url} or {@code .host}: Caffeine for the cache and
 * no Redis connection at all; with it: Redis for the cache (and, elsewhere, rate
 * limits).</li>
 * </ul>
 */
public class EmbeddedDefaults implements EnvironmentPostProcessor, Ordered {

	static final String SOURCE_NAME = "openhireEmbeddedDefaults";

	private static final String REDIS_AUTO_CONFIGURATIONS = String.join(",",
			"org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.health.DataRedisHealthContributorAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.health.DataRedisReactiveHealthContributorAutoConfiguration");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> overrides = new LinkedHashMap<>();
		Map<String, Object> defaults = new LinkedHashMap<>();

		Path dataDir = dataDir(environment);
		overrides.put("openhire.data-dir", dataDir.toString());

		boolean embeddedDatabase = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
		if (embeddedDatabase) {
			defaults.put("spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("db/openhire")
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_ON_EXIT=FALSE");
			defaults.put("spring.datasource.username", "sa");
			defaults.put("spring.datasource.password", "");
		}
		overrides.put("openhire.embedded-database", embeddedDatabase);

		boolean redis = StringUtils.hasText(environment.getProperty("spring.data.redis.url"))
				|| StringUtils.hasText(environment.getProperty("spring.data.redis.host"));
		overrides.put("openhire.redis.enabled", redis);
		if (redis) {
			defaults.put("spring.cache.type", "redis");
		}
		else {
			defaults.put("spring.cache.type", "caffeine");
			String excluded = environment.getProperty("spring.autoconfigure.exclude", "");
			overrides.put("spring.autoconfigure.exclude",
					excluded.isBlank() ? REDIS_AUTO_CONFIGURATIONS : excluded + "," + REDIS_AUTO_CONFIGURATIONS);
		}

		environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, overrides));
		environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME + "Fallbacks", defaults));
	}

	private static Path dataDir(ConfigurableEnvironment environment) {
		Path dataDir = Path.of(environment.getProperty("openhire.data-dir", "./data")).toAbsolutePath().normalize();
		try {
			Files.createDirectories(dataDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(
					"Cannot create the data folder " + dataDir + "; set OPENHIRE_DATA_DIR to a writable folder", ex);
		}
		return dataDir;
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
