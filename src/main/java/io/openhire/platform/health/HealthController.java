package io.openhire.platform.health;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.openhire.shared.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /health} and one path per check, shaped as API.md says: 200 when everything
 * works, 503 when a check fails. Open to anyone, so that load balancers and monitors can
 * ask; failures are named but their internals are only logged.
 */
@RestController
@Tag(name = "Platform")
class HealthController {

	private static final Logger log = LoggerFactory.getLogger(HealthController.class);

	private static final Map<String, String> PATHS = Map.of("db", "database", "cache", "cache", "search", "search",
			"jobs", "jobs");

	private final List<HealthCheck> checks;

	private final Clock clock;

	private final String version;

	HealthController(List<HealthCheck> checks, Clock clock, ObjectProvider<BuildProperties> build) {
		this.checks = checks;
		this.clock = clock;
		BuildProperties properties = build.getIfAvailable();
		this.version = (properties != null) ? properties.getVersion() : "dev";
	}

	@GetMapping("/health")
	@Operation(summary = "Health of the service and each dependency")
	ResponseEntity<Health> health() {
		Map<String, CheckResult> results = new LinkedHashMap<>();
		for (String name : List.of("database", "cache", "search", "jobs")) {
			results.put(name, run(check(name)));
		}
		boolean healthy = results.values().stream().allMatch(CheckResult::healthy);
		Health health = new Health(status(healthy), "openhire", version, clock.instant(), results);
		return ResponseEntity.status(healthy ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(health);
	}

	@GetMapping("/health/{check}")
	@Operation(summary = "Health of one dependency: db, cache, search or jobs")
	ResponseEntity<CheckResult> one(@PathVariable String check) {
		String name = PATHS.get(check);
		if (name == null) {
			throw ApiProblem.notFound("There is no health check named " + check + ".");
		}
		CheckResult result = run(check(name));
		return ResponseEntity.status(result.healthy() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).body(result);
	}

	private HealthCheck check(String name) {
		return checks.stream()
			.filter((check) -> check.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No health check " + name));
	}

	private static CheckResult run(HealthCheck check) {
		long started = System.nanoTime();
		try {
			Map<String, Object> details = check.check();
			return new CheckResult(status(true), millisSince(started), details, null);
		}
		catch (Exception ex) {
			log.warn("Health check {} failed", check.name(), ex);
			return new CheckResult(status(false), millisSince(started), Map.of(), check.name() + " is unavailable");
		}
	}

	private static long millisSince(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

	private static String status(boolean healthy) {
		return healthy ? "healthy" : "unhealthy";
	}

	record Health(String status, String service, String version, Instant timestamp, Map<String, CheckResult> checks) {
	}

	record CheckResult(String status, long latencyMs, Map<String, Object> details,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String error) {

		boolean healthy() {
			return "healthy".equals(status);
		}

	}

}
