package io.openhire;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.openhire.TestUsers.SignedIn;
import io.openhire.companies.CompanyDirectory;
import io.openhire.shared.VerificationStatus;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real applications of someone else, made through the API for the authorization matrix:
 * one in the pipeline with a scheduled interview, one hired (with its placement).
 */
final class HiringSetup {

	private final String job;

	private final String application;

	private final String interview;

	private final String placement;

	HiringSetup(MockMvcTester mvc, TestUsers users, CompanyDirectory directory) {
		SignedIn owner = users.employer();
		MvcTestResult company = Api.post(mvc, "/api/v1/companies", owner.bearer(),
				"{\"name\": \"Matrix Co %s\", \"type\": \"company\"}".formatted(UUID.randomUUID()));
		assertThat(company).hasStatus(201);
		String companyId = Api.read(company, "$.id");
		directory.changeVerificationStatus(UUID.fromString(companyId), VerificationStatus.VERIFIED);
		String category = Api.read(Api.get(mvc, "/api/v1/categories?page_size=1", null), "$.results[0].id");
		MvcTestResult created = Api.post(mvc, "/api/v1/jobs", owner.bearer(), """
				{"company_id": "%s", "category_id": "%s", "title": "Matrix job", "description": "x",
				 "remote_option": "remote", "job_type": "contract", "experience_level": "mid"}""".formatted(companyId,
				category));
		assertThat(created).hasStatus(201);
		this.job = Api.read(created, "$.id");
		assertThat(Api.post(mvc, "/api/v1/jobs/" + job + "/publish", owner.bearer(), "{}")).hasStatusOk();
		this.application = apply(mvc, users.candidate());
		this.interview = Api.read(
				Api.post(mvc, "/api/v1/applications/" + application + "/interviews", owner.bearer(),
						"{\"type\": \"phone\", \"scheduled_at\": \"%s\", \"duration_minutes\": 30}"
							.formatted(Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS))),
				"$.id");
		String hired = apply(mvc, users.candidate());
		for (String status : new String[] { "shortlisted", "offered", "hired" }) {
			assertThat(Api.post(mvc, "/api/v1/applications/" + hired + "/transitions", owner.bearer(),
					"{\"status\": \"" + status + "\"}"))
				.hasStatusOk();
		}
		this.placement = Api.read(Api.get(mvc, "/api/v1/placements", owner.bearer()), "$.results[0].id");
	}

	private String apply(MockMvcTester mvc, SignedIn candidate) {
		MvcTestResult applied = Api.post(mvc, "/api/v1/applications", candidate.bearer(),
				"{\"job_id\": \"" + job + "\"}");
		assertThat(applied).hasStatus(201);
		return Api.read(applied, "$.id");
	}

	String job() {
		return job;
	}

	String application() {
		return application;
	}

	String interview() {
		return interview;
	}

	String placement() {
		return placement;
	}

}
