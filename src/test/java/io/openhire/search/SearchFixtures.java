package io.openhire.search;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.openhire.Api;
import io.openhire.TestUsers.SignedIn;
import io.openhire.companies.CompanyDirectory;
import io.openhire.shared.VerificationStatus;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A company of its own per test (so a test's searches see only its corpus, through
 * {@code company=}), jobs published through the API, and waiting for the index to follow.
 */
final class SearchFixtures {

	static final String JOBS = "/api/v1/jobs";

	static final String SEARCH = "/api/v1/jobs/search";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicLong SEQUENCE = new AtomicLong();

	private SearchFixtures() {
	}

	static String word() {
		return "z" + Long.toString(System.nanoTime(), 36) + SEQUENCE.incrementAndGet();
	}

	static UUID company(MockMvcTester mvc, CompanyDirectory directory, SignedIn owner, String name) {
		MvcTestResult created = Api.post(mvc, "/api/v1/companies", owner.bearer(),
				"{\"name\": \"%s %s\", \"type\": \"hospital\", \"facility_type\": \"public\"}".formatted(name, word()));
		assertThat(created).hasStatus(201);
		UUID id = UUID.fromString(Api.read(created, "$.id"));
		directory.changeVerificationStatus(id, VerificationStatus.VERIFIED);
		return id;
	}

	static UUID category(MockMvcTester mvc, int index) {
		MvcTestResult result = Api.get(mvc, "/api/v1/categories?page_size=10", null);
		assertThat(result).hasStatusOk();
		return UUID.fromString(Api.read(result, "$.results[" + index + "].id"));
	}

	/** A job body; change fields with {@link Body#with}. */
	static final class Body extends LinkedHashMap<String, Object> {

		Body with(String name, Object value) {
			put(name, value);
			return this;
		}

		Body without(String name) {
			remove(name);
			return this;
		}

	}

	static Body job(UUID company, UUID category, String title, String description) {
		Body job = new Body();
		job.put("company_id", company.toString());
		job.put("category_id", category.toString());
		job.put("title", title);
		job.put("description", "<p>" + description + "</p>");
		job.put("remote_option", "on_site");
		job.put("job_type", "full_time");
		job.put("experience_level", "mid");
		job.put("location", Map.of("city", "Utrecht", "country", "nl", "latitude", 52.0907, "longitude", 5.1214));
		job.put("salary_min", 3000);
		job.put("salary_max", 4500);
		job.put("salary_currency", "EUR");
		job.put("salary_period", "monthly");
		return job;
	}

	static UUID draft(MockMvcTester mvc, SignedIn owner, Map<String, Object> job) {
		MvcTestResult created = Api.post(mvc, JOBS, owner.bearer(), JSON.writeValueAsString(job));
		assertThat(created).hasStatus(201);
		return UUID.fromString(Api.read(created, "$.id"));
	}

	/** Creates and publishes the job, and waits until search finds it. */
	static UUID published(MockMvcTester mvc, SignedIn owner, Map<String, Object> job) {
		UUID id = draft(mvc, owner, job);
		assertThat(Api.post(mvc, JOBS + "/" + id + "/publish", owner.bearer(), "{}")).hasStatusOk();
		awaitSearchable(mvc, job.get("company_id").toString(), id, true);
		return id;
	}

	static void awaitSearchable(MockMvcTester mvc, String company, UUID job, boolean searchable) {
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> ids(mvc, "?page_size=100&company=" + company).contains(job.toString()) == searchable);
	}

	static MvcTestResult search(MockMvcTester mvc, String query) {
		return Api.get(mvc, SEARCH + query, null);
	}

	static List<String> ids(MockMvcTester mvc, String query) {
		MvcTestResult result = search(mvc, query);
		assertThat(result).hasStatusOk();
		return Api.read(result, "$.results[*].id");
	}

}
