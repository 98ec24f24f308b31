package io.openhire.platform.health;

import io.openhire.ApiTest;
import io.openhire.DatabaseSwitch;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class HealthTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DatabaseSwitch database;

	@Value("${openhire.redis.enabled}")
	boolean redis;

	@Value("${openhire.embedded-database}")
	boolean embedded;

	@Test
	void healthyServiceReportsEveryCheck() {
		MvcTestResult result = mvc.get().uri("/health").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("healthy");
		assertThat(result).bodyJson().extractingPath("$.service").isEqualTo("openhire");
		assertThat(result).bodyJson().extractingPath("$.version").isNotNull();
		assertThat(result).bodyJson().extractingPath("$.timestamp").asString().endsWith("Z");
		for (String check : new String[] { "database", "cache", "search", "jobs" }) {
			assertThat(result).bodyJson().extractingPath("$.checks." + check + ".status").isEqualTo("healthy");
		}
	}

	@Test
	void checksReportTheServicesInUse() {
		MvcTestResult result = mvc.get().uri("/health").exchange();
		assertThat(result).bodyJson()
			.extractingPath("$.checks.cache.details.type")
			.isEqualTo(redis ? "redis" : "caffeine");
		assertThat(result).bodyJson()
			.extractingPath("$.checks.database.details.vendor")
			.isEqualTo(embedded ? "H2" : "PostgreSQL");
	}

	@Test
	void eachCheckHasItsOwnPath() {
		for (String path : new String[] { "/health/db", "/health/cache", "/health/search" }) {
			MvcTestResult result = mvc.get().uri(path).exchange();
			assertThat(result).hasStatusOk();
			assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("healthy");
			assertThat(result).bodyJson().extractingPath("$.latency_ms").isNotNull();
		}
		assertThat(mvc.get().uri("/health/nope").exchange()).hasStatus(404);
	}

	@Test
	void databaseDownMakesTheServiceUnhealthy() {
		database.down();
		try {
			MvcTestResult health = mvc.get().uri("/health").exchange();
			assertThat(health).hasStatus(503);
			assertThat(health).bodyJson().extractingPath("$.status").isEqualTo("unhealthy");
			assertThat(health).bodyJson().extractingPath("$.checks.database.status").isEqualTo("unhealthy");
			assertThat(health).bodyJson().extractingPath("$.checks.cache.status").isEqualTo("healthy");
			assertThat(health).bodyText().doesNotContain("Connection refused");
			MvcTestResult db = mvc.get().uri("/health/db").exchange();
			assertThat(db).hasStatus(503);
			assertThat(db).bodyJson().extractingPath("$.error").isEqualTo("database is unavailable");
		}
		finally {
			database.up();
		}
		assertThat(mvc.get().uri("/health/db").exchange()).hasStatusOk();
	}

	@Test
	void actuatorHealthAndMetricsAreServed() {
		assertThat(mvc.get().uri("/actuator/health").exchange()).hasStatusOk();
		MvcTestResult metrics = mvc.get().uri("/actuator/prometheus").exchange();
		assertThat(metrics).hasStatusOk();
		assertThat(metrics).bodyText().contains("jvm_memory_used_bytes");
	}

}
