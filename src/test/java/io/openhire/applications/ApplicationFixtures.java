package io.openhire.applications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.openhire.Api;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import io.openhire.companies.CompanyDirectory;
import io.openhire.shared.VerificationStatus;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Companies, published jobs and applications through the API, for application tests.
 */
final class ApplicationFixtures {

	static final String APPLICATIONS = "/api/v1/applications";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicLong SEQUENCE = new AtomicLong();

	private final MockMvcTester mvc;

	private final TestUsers users;

	private final CompanyDirectory directory;

	ApplicationFixtures(MockMvcTester mvc, TestUsers users, CompanyDirectory directory) {
		this.mvc = mvc;
		this.users = users;
		this.directory = directory;
	}

	/** A hiring side: an owner of a verified company. */
	record Employer(SignedIn owner, UUID companyId) {

	}

	/** A published job and what was made for it. */
	record Posted(Employer employer, UUID jobId, List<String> questionIds) {

	}

	static String word() {
		return "a" + System.nanoTime() + SEQUENCE.incrementAndGet();
	}

	Employer employer() {
		SignedIn owner = users.employer();
		MvcTestResult created = Api.post(mvc, "/api/v1/companies", owner.bearer(),
				"{\"name\": \"Hiring Co %s\", \"type\": \"clinic\", \"facility_type\": \"private\"}".formatted(word()));
		assertThat(created).hasStatus(201);
		UUID id = UUID.fromString(Api.read(created, "$.id"));
		directory.changeVerificationStatus(id, VerificationStatus.VERIFIED);
		return new Employer(owner, id);
	}

	/** A draft job of the employer's company with these questions. */
	UUID draft(Employer employer, List<Map<String, Object>> questions) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("company_id", employer.companyId().toString());
		body.put("category_id", category());
		body.put("title", "Nurse " + word());
		body.put("description", "<p>Care</p>");
		body.put("remote_option", "on_site");
		body.put("job_type", "full_time");
		body.put("experience_level", "mid");
		body.put("questions", questions);
		MvcTestResult created = Api.post(mvc, "/api/v1/jobs", employer.owner().bearer(), JSON.writeValueAsString(body));
		assertThat(created).hasStatus(201);
		return UUID.fromString(Api.read(created, "$.id"));
	}

	Posted job(List<Map<String, Object>> questions) {
		return job(employer(), questions);
	}

	Posted job() {
		return job(List.of());
	}

	Posted job(Employer employer, List<Map<String, Object>> questions) {
		UUID job = draft(employer, questions);
		MvcTestResult published = Api.post(mvc, "/api/v1/jobs/" + job + "/publish", employer.owner().bearer(), "{}");
		assertThat(published).hasStatusOk();
		assertThat(published).bodyJson().extractingPath("$.status").isEqualTo("published");
		List<String> ids = Api.read(published, "$.questions[*].id");
		return new Posted(employer, job, ids);
	}

	MvcTestResult apply(SignedIn candidate, UUID job, Map<String, Object> extra) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("job_id", job.toString());
		body.putAll(extra);
		return Api.post(mvc, APPLICATIONS, candidate.bearer(), JSON.writeValueAsString(body));
	}

	/** A new candidate's application to the job. */
	String applied(SignedIn candidate, UUID job) {
		MvcTestResult result = apply(candidate, job, Map.of("cover_letter", "Hello"));
		assertThat(result).hasStatus(201);
		return Api.read(result, "$.id");
	}

	MvcTestResult move(SignedIn caller, String application, String status) {
		return Api.post(mvc, APPLICATIONS + "/" + application + "/transitions", caller.bearer(),
				"{\"status\": \"%s\", \"reason\": \"because\"}".formatted(status));
	}

	void moveAll(SignedIn caller, String application, String... statuses) {
		for (String status : statuses) {
			assertThat(move(caller, application, status)).hasStatusOk();
		}
	}

	private String category() {
		MvcTestResult result = Api.get(mvc, "/api/v1/categories?page_size=1", null);
		return Api.read(result, "$.results[0].id");
	}

}
