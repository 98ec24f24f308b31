package io.openhire.jobs;

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

/** Companies and job bodies for job tests. */
final class JobFixtures {

	static final String JOBS = "/api/v1/jobs";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicLong SEQUENCE = new AtomicLong();

	private JobFixtures() {
	}

	static String word() {
		return "w" + System.nanoTime() + SEQUENCE.incrementAndGet();
	}

	/** A company owned by {@code owner}, verified if asked. */
	static UUID company(MockMvcTester mvc, CompanyDirectory directory, SignedIn owner, boolean verified) {
		MvcTestResult created = Api.post(mvc, "/api/v1/companies", owner.bearer(),
				"{\"name\": \"Jobs Co %s\", \"type\": \"hospital\", \"facility_type\": \"public\"}".formatted(word()));
		assertThat(created).hasStatus(201);
		UUID id = UUID.fromString(Api.read(created, "$.id"));
		if (verified) {
			directory.changeVerificationStatus(id, VerificationStatus.VERIFIED);
		}
		return id;
	}

	static UUID category(MockMvcTester mvc, int index) {
		MvcTestResult result = Api.get(mvc, "/api/v1/categories?page_size=10", null);
		assertThat(result).hasStatusOk();
		return UUID.fromString(Api.read(result, "$.results[" + index + "].id"));
	}

	/** A valid job body; change fields with {@link Body#with}. */
	static Body job(UUID companyId, UUID categoryId) {
		Body body = new Body();
		body.fields.put("company_id", companyId.toString());
		body.fields.put("category_id", categoryId.toString());
		body.fields.put("title", "Nurse " + word());
		body.fields.put("description", "<p>Care for <b>patients</b></p>");
		body.fields.put("remote_option", "on_site");
		body.fields.put("job_type", "full_time");
		body.fields.put("experience_level", "mid");
		body.fields.put("location", Map.of("city", "Utrecht", "country", "nl"));
		body.fields.put("salary_min", 3000);
		body.fields.put("salary_max", 4500);
		body.fields.put("salary_currency", "EUR");
		body.fields.put("salary_period", "monthly");
		return body;
	}

	static final class Body {

		final Map<String, Object> fields = new LinkedHashMap<>();

		Body with(String name, Object value) {
			fields.put(name, value);
			return this;
		}

		Body without(String name) {
			fields.remove(name);
			return this;
		}

		@Override
		public String toString() {
			return JSON.writeValueAsString(fields);
		}

	}

	static UUID create(MockMvcTester mvc, SignedIn caller, Body body) {
		MvcTestResult created = Api.post(mvc, JOBS, caller.bearer(), body.toString());
		assertThat(created).hasStatus(201);
		return UUID.fromString(Api.read(created, "$.id"));
	}

	/** A job created and published by a member of a verified company. */
	static UUID published(MockMvcTester mvc, SignedIn owner, Body body) {
		UUID job = create(mvc, owner, body);
		assertThat(move(mvc, owner, job, "publish")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("published");
		return job;
	}

	static MvcTestResult move(MockMvcTester mvc, SignedIn caller, UUID job, String move) {
		return Api.post(mvc, JOBS + "/" + job + "/" + move, caller.bearer(), "{}");
	}

	static MvcTestResult get(MockMvcTester mvc, SignedIn caller, UUID job) {
		return Api.get(mvc, JOBS + "/" + job, (caller != null) ? caller.bearer() : null);
	}

	static List<String> list(MockMvcTester mvc, String query) {
		MvcTestResult result = Api.get(mvc, JOBS + query, null);
		assertThat(result).hasStatusOk();
		return Api.read(result, "$.results[*].id");
	}

}
