package io.openhire.platform.runtime;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDefaultsTests {

	@TempDir
	Path dir;

	@Test
	void noConfigurationMeansH2InTheDataFolderAndCaffeine() {
		MockEnvironment environment = new MockEnvironment().withProperty("openhire.data-dir", dir + "/./data");
		process(environment);
		Path data = dir.resolve("data");
		assertThat(environment.getProperty("openhire.data-dir")).isEqualTo(data.toString());
		assertThat(data).isDirectory();
		assertThat(environment.getProperty("spring.datasource.url"))
			.startsWith("jdbc:h2:file:" + data + "/db/openhire;");
		assertThat(environment.getProperty("openhire.embedded-database")).isEqualTo("true");
		assertThat(environment.getProperty("spring.cache.type")).isEqualTo("caffeine");
		assertThat(environment.getProperty("openhire.redis.enabled")).isEqualTo("false");
		assertThat(environment.getProperty("spring.autoconfigure.exclude")).contains("DataRedisAutoConfiguration");
	}

	@Test
	void productionServicesComeFromTheEnvironment() {
		MockEnvironment environment = new MockEnvironment().withProperty("openhire.data-dir", dir.toString())
			.withProperty("spring.datasource.url", "jdbc:postgresql://db/openhire")
			.withProperty("spring.data.redis.url", "redis://cache:6379");
		process(environment);
		assertThat(environment.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db/openhire");
		assertThat(environment.getProperty("openhire.embedded-database")).isEqualTo("false");
		assertThat(environment.getProperty("spring.cache.type")).isEqualTo("redis");
		assertThat(environment.getProperty("openhire.redis.enabled")).isEqualTo("true");
		assertThat(environment.getProperty("spring.autoconfigure.exclude")).isNull();
	}

	@Test
	void explicitCacheTypeWins() {
		MockEnvironment environment = new MockEnvironment().withProperty("openhire.data-dir", dir.toString())
			.withProperty("spring.cache.type", "none");
		process(environment);
		assertThat(environment.getProperty("spring.cache.type")).isEqualTo("none");
	}

	private static void process(MockEnvironment environment) {
		new EmbeddedDefaults().postProcessEnvironment(environment, new SpringApplication());
	}

}
