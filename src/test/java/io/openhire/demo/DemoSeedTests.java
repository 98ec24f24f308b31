package io.openhire.demo;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code demo seed} writes rows the product reads like its own: the seeded jobs,
 * companies and accounts are served by the API with the values the modules expect.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoSeedTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	DemoSeedCommand command;

	@Autowired
	JdbcTemplate jdbc;

	String output;

	@BeforeAll
	void seed() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int exit = this.command.run(Map.of("jobs", "120", "seed", "7"),
				new PrintStream(out, true, StandardCharsets.UTF_8));
		this.output = out.toString(StandardCharsets.UTF_8);
		assertThat(exit).as(this.output).isZero();
	}

	@Test
	void reportsWhatItWrote() {
		assertThat(this.output).contains("jobs", "120 rows", "companies", DemoSeed.PASSWORD);
	}

	@Test
	void seededCompaniesServeTheirPublishedJobs() {
		for (Map<String, Object> company : this.jdbc
			.queryForList("select c.id, c.open_jobs from companies c where c.open_jobs > 0 and exists (select 1 from "
					+ "company_members m join users u on u.id = m.user_id where m.company_id = c.id "
					+ "and u.email like '%@demo.openhire.test')")) {
			UUID id = (UUID) company.get("id");
			MvcTestResult jobs = Api.get(this.mvc, "/api/v1/jobs?page_size=100&company=" + id, null);
			assertThat(jobs).hasStatusOk();
			assertThat(((Number) Api.read(jobs, "$.count")).intValue())
				.isEqualTo(((Number) company.get("open_jobs")).intValue());
			MvcTestResult detail = Api.get(this.mvc, "/api/v1/companies/" + id, null);
			assertThat(detail).hasStatusOk();
		}
	}

	@Test
	void hospitalJobsAreHealthcareJobs() {
		MvcTestResult jobs = Api.get(this.mvc, "/api/v1/jobs?company_type=hospital&page_size=100", null);
		assertThat(jobs).hasStatusOk();
		List<String> ids = Api.read(jobs, "$.results[*].id");
		assertThat(ids).isNotEmpty();
		MvcTestResult detail = Api.get(this.mvc, "/api/v1/jobs/" + ids.get(0), null);
		assertThat(detail).hasStatusOk();
		assertThat(Api.<String>read(detail, "$.company.type")).isEqualTo("hospital");
		assertThat(Api.<List<?>>read(detail, "$.skills")).isNotEmpty();
	}

	@Test
	void demoAccountsSignInWithTheDemoPassword() {
		String email = this.jdbc
			.queryForObject("select email from users where role = 'candidate' and email like '%@demo.openhire.test' "
					+ "order by date_joined desc limit 1", String.class);
		SignedIn candidate = this.users.login(email, DemoSeed.PASSWORD);
		MvcTestResult profile = Api.get(this.mvc, "/api/v1/candidates/me", candidate.bearer());
		assertThat(profile).hasStatusOk();
		assertThat(Api.<String>read(profile, "$.availability.status")).isIn("available", "open", "not_available");
		MvcTestResult skills = Api.get(this.mvc, "/api/v1/candidates/me/skills", candidate.bearer());
		assertThat(skills).hasStatusOk();
		assertThat(Api.<List<?>>read(skills, "$")).isNotEmpty();
	}

	/** Applications of demo candidates: other tests' applications share the database. */
	private static final String DEMO_APPLICATIONS = "(select a.* from applications a join users u "
			+ "on u.id = a.candidate_id where u.email like '%@demo.openhire.test')";

	@Test
	void applicationCountsMatchTheSeededApplications() {
		assertThat(this.jdbc.queryForObject("select count(*) from " + DEMO_APPLICATIONS + " d", Long.class))
			.isPositive();
		assertThat(this.jdbc.queryForList("select j.id from jobs j where j.id in (select d.job_id from "
				+ DEMO_APPLICATIONS + " d) and j.application_count <> "
				+ "(select count(*) from applications a where a.job_id = j.id)"))
			.isEmpty();
	}

	@Test
	void applicationsReachEveryStatusThroughAllowedMoves() {
		assertThat(this.jdbc.queryForList("select distinct d.status from " + DEMO_APPLICATIONS + " d", String.class))
			.containsExactlyInAnyOrder("APPLIED", "REVIEWING", "SHORTLISTED", "INTERVIEWING", "OFFERED", "HIRED",
					"REJECTED", "WITHDRAWN");
		// the last change of every application's history is its status
		assertThat(this.jdbc
			.queryForList("select a.id from " + DEMO_APPLICATIONS + " a where a.status <> (select c.to_status "
					+ "from application_status_changes c where c.application_id = a.id order by c.changed_at desc "
					+ "limit 1)"))
			.isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from " + DEMO_APPLICATIONS + " a where a.status = 'HIRED' "
				+ "and not exists (select 1 from placements p where p.application_id = a.id)", Long.class))
			.isZero();
	}

	@Test
	void demoCandidatesSeeTheirApplicationsAndEmployersTheirPipeline() {
		Map<String, Object> hired = this.jdbc
			.queryForMap("select u.email as candidate, o.email as owner, a.id as application from " + DEMO_APPLICATIONS
					+ " a "
					+ "join users u on u.id = a.candidate_id join company_members m on m.company_id = a.company_id "
					+ "and m.member_role = 'owner' join users o on o.id = m.user_id where a.status = 'HIRED' limit 1");
		SignedIn candidate = this.users.login((String) hired.get("candidate"), DemoSeed.PASSWORD);
		MvcTestResult own = Api.get(this.mvc, "/api/v1/applications/" + hired.get("application"), candidate.bearer());
		assertThat(own).hasStatusOk();
		assertThat(Api.<String>read(own, "$.status")).isEqualTo("hired");
		MvcTestResult history = Api.get(this.mvc, "/api/v1/applications/" + hired.get("application") + "/history",
				candidate.bearer());
		assertThat(history).hasStatusOk();
		assertThat(Api.<List<String>>read(history, "$[*].to_status")).contains("applied", "offered", "hired");
		SignedIn owner = this.users.login((String) hired.get("owner"), DemoSeed.PASSWORD);
		MvcTestResult placements = Api.get(this.mvc, "/api/v1/placements", owner.bearer());
		assertThat(placements).hasStatusOk();
		assertThat(Api.<List<?>>read(placements, "$.results")).isNotEmpty();
	}

	@Test
	void rejectsAnInvalidJobCount() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(this.command.run(Map.of("jobs", "many"), new PrintStream(out, true, StandardCharsets.UTF_8)))
			.isEqualTo(2);
		assertThat(this.command.run(Map.of("jobs", "0"), new PrintStream(out, true, StandardCharsets.UTF_8)))
			.isEqualTo(2);
	}

}
