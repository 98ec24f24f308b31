package io.openhire;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import io.openhire.TestUsers.SignedIn;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint × every kind of caller → whether the call gets past authorization.
 * {@code OK} means the caller is let in (the endpoint may still answer 400 or 404 for the
 * deliberately empty bodies and unknown ids used here); {@code 401} and {@code 403} mean
 * refused. Each module adds its rows below, in its own section.
 */
@ApiTest
class AuthorizationMatrixTests {

	enum Caller {

		ANON, CANDIDATE, EMPLOYER, ADMIN

	}

	enum Expect {

		OK, E401, E403

	}

	record Row(HttpMethod method, String path, Expect anon, Expect candidate, Expect employer, Expect admin) {

		Expect expected(Caller caller) {
			return switch (caller) {
				case ANON -> anon;
				case CANDIDATE -> candidate;
				case EMPLOYER -> employer;
				case ADMIN -> admin;
			};
		}

	}

	private static final Expect OK = Expect.OK;

	private static final Expect E401 = Expect.E401;

	private static final Expect E403 = Expect.E403;

	private static final String SOME_ID = UUID.randomUUID().toString();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	io.openhire.companies.CompanyDirectory directory;

	static List<Row> platform() {
		return List.of(row(HttpMethod.GET, "/health", OK, OK, OK, OK),
				row(HttpMethod.GET, "/health/db", OK, OK, OK, OK), row(HttpMethod.GET, "/api/schema", OK, OK, OK, OK),
				row(HttpMethod.GET, "/api/docs", OK, OK, OK, OK),
				row(HttpMethod.GET, "/actuator/health", OK, OK, OK, OK));
	}

	static List<Row> identity() {
		return List.of(row(HttpMethod.POST, "/api/v1/auth/register", OK, OK, OK, OK),
				row(HttpMethod.POST, "/api/v1/auth/login", OK, OK, OK, OK),
				row(HttpMethod.POST, "/api/v1/auth/refresh", OK, OK, OK, OK),
				row(HttpMethod.POST, "/api/v1/auth/logout", E401, OK, OK, OK),
				row(HttpMethod.POST, "/api/v1/auth/verify-email", OK, OK, OK, OK),
				row(HttpMethod.POST, "/api/v1/auth/verify-email/resend", E401, OK, OK, OK),
				row(HttpMethod.POST, "/api/v1/auth/password/change", E401, OK, OK, OK),
				row(HttpMethod.POST, "/api/v1/auth/password/reset", OK, OK, OK, OK),
				row(HttpMethod.POST, "/api/v1/auth/password/reset/confirm", OK, OK, OK, OK),
				row(HttpMethod.POST, "/api/v1/auth/magic-link", OK, OK, OK, OK),
				row(HttpMethod.POST, "/api/v1/auth/magic-link/confirm", OK, OK, OK, OK),
				row(HttpMethod.GET, "/api/v1/auth/me", E401, OK, OK, OK),
				row(HttpMethod.PATCH, "/api/v1/auth/me", E401, OK, OK, OK),
				row(HttpMethod.GET, "/api/v1/auth/me/export", E401, OK, OK, OK),
				row(HttpMethod.DELETE, "/api/v1/auth/me", E401, OK, OK, OK),
				row(HttpMethod.GET, "/api/v1/admin/users", E401, E403, E403, OK),
				row(HttpMethod.POST, "/api/v1/admin/users", E401, E403, E403, OK),
				row(HttpMethod.GET, "/api/v1/admin/users/" + SOME_ID, E401, E403, E403, OK),
				row(HttpMethod.PATCH, "/api/v1/admin/users/" + SOME_ID, E401, E403, E403, OK),
				row(HttpMethod.DELETE, "/api/v1/admin/users/" + SOME_ID, E401, E403, E403, OK),
				row(HttpMethod.POST, "/api/v1/admin/users/" + SOME_ID + "/activate", E401, E403, E403, OK),
				row(HttpMethod.POST, "/api/v1/admin/users/" + SOME_ID + "/deactivate", E401, E403, E403, OK));
	}

	static List<Row> notifications() {
		return List.of(row(HttpMethod.GET, "/api/v1/admin/outbox", E401, E403, E403, OK));
	}

	static List<Row> analytics() {
		return List.of(row(HttpMethod.GET, "/api/v1/admin/audit-log", E401, E403, E403, OK));
	}

	static List<Row> profiles() {
		List<Row> rows = new java.util.ArrayList<>(
				List.of(row(HttpMethod.GET, "/api/v1/candidates/me", E401, OK, E403, E403),
						row(HttpMethod.PUT, "/api/v1/candidates/me", E401, OK, E403, E403),
						row(HttpMethod.PATCH, "/api/v1/candidates/me", E401, OK, E403, E403),
						row(HttpMethod.GET, "/api/v1/candidates", E401, E403, OK, OK),
						row(HttpMethod.GET, "/api/v1/candidates/" + SOME_ID, E401, OK, OK, OK),
						row(HttpMethod.GET, "/api/v1/employers/me", E401, E403, OK, E403),
						row(HttpMethod.PUT, "/api/v1/employers/me", E401, E403, OK, E403),
						row(HttpMethod.PATCH, "/api/v1/employers/me", E401, E403, OK, E403)));
		for (String collection : List.of("skills", "education", "experience", "certifications", "portfolio")) {
			String path = "/api/v1/candidates/me/" + collection;
			rows.addAll(List.of(row(HttpMethod.GET, path, E401, OK, E403, E403),
					row(HttpMethod.POST, path, E401, OK, E403, E403),
					row(HttpMethod.GET, path + "/" + SOME_ID, E401, OK, E403, E403),
					row(HttpMethod.PUT, path + "/" + SOME_ID, E401, OK, E403, E403),
					row(HttpMethod.PATCH, path + "/" + SOME_ID, E401, OK, E403, E403),
					row(HttpMethod.DELETE, path + "/" + SOME_ID, E401, OK, E403, E403)));
		}
		return rows;
	}

	static List<Row> companies() {
		String company = "/api/v1/companies/" + SOME_ID;
		return List.of(row(HttpMethod.GET, "/api/v1/companies", OK, OK, OK, OK),
				row(HttpMethod.POST, "/api/v1/companies", E401, E403, OK, OK),
				row(HttpMethod.GET, company, OK, OK, OK, OK), row(HttpMethod.PUT, company, E401, E403, OK, OK),
				row(HttpMethod.PATCH, company, E401, E403, OK, OK), row(HttpMethod.DELETE, company, E401, E403, OK, OK),
				row(HttpMethod.GET, company + "/jobs", OK, OK, OK, OK),
				row(HttpMethod.GET, company + "/members", E401, E403, OK, OK),
				row(HttpMethod.POST, company + "/members", E401, E403, OK, OK),
				row(HttpMethod.DELETE, company + "/members/" + SOME_ID, E401, E403, OK, OK));
	}

	static List<Row> catalog() {
		List<Row> rows = new java.util.ArrayList<>();
		for (String list : List.of("/api/v1/skills", "/api/v1/categories", "/api/v1/qualifications",
				"/api/v1/locations")) {
			rows.add(row(HttpMethod.GET, list, OK, OK, OK, OK));
			rows.add(row(HttpMethod.GET, list + "/" + SOME_ID, OK, OK, OK, OK));
			rows.add(row(HttpMethod.POST, list, E401, E403, E403, OK));
			rows.add(row(HttpMethod.PATCH, list + "/" + SOME_ID, E401, E403, E403, OK));
			rows.add(row(HttpMethod.DELETE, list + "/" + SOME_ID, E401, E403, E403, OK));
		}
		rows.add(row(HttpMethod.GET, "/api/v1/skills?status=pending", E401, E403, E403, OK));
		rows.add(row(HttpMethod.POST, "/api/v1/admin/skills/" + SOME_ID + "/approve", E401, E403, E403, OK));
		rows.add(row(HttpMethod.POST, "/api/v1/admin/skills/" + SOME_ID + "/merge", E401, E403, E403, OK));
		return rows;
	}

	static List<Row> verification() {
		return List.of(row(HttpMethod.POST, "/api/v1/verifications", E401, OK, OK, E403),
				row(HttpMethod.GET, "/api/v1/verifications/me", E401, OK, OK, OK),
				row(HttpMethod.GET, "/api/v1/admin/verifications", E401, E403, E403, OK),
				row(HttpMethod.POST, "/api/v1/admin/verifications/" + SOME_ID + "/approve", E401, E403, E403, OK),
				row(HttpMethod.POST, "/api/v1/admin/verifications/" + SOME_ID + "/reject", E401, E403, E403, OK));
	}

	static List<Row> jobs() {
		String job = "/api/v1/jobs/" + SOME_ID;
		return List.of(row(HttpMethod.GET, "/api/v1/jobs", OK, OK, OK, OK),
				row(HttpMethod.POST, "/api/v1/jobs", E401, E403, OK, OK), row(HttpMethod.GET, job, OK, OK, OK, OK),
				row(HttpMethod.PUT, job, E401, E403, OK, OK), row(HttpMethod.PATCH, job, E401, E403, OK, OK),
				row(HttpMethod.DELETE, job, E401, E403, OK, OK),
				row(HttpMethod.POST, job + "/publish", E401, E403, OK, E403),
				row(HttpMethod.POST, job + "/close", E401, E403, OK, OK),
				row(HttpMethod.POST, job + "/archive", E401, E403, OK, OK),
				row(HttpMethod.POST, job + "/reopen", E401, E403, OK, OK),
				row(HttpMethod.GET, "/api/v1/admin/jobs", E401, E403, E403, OK),
				row(HttpMethod.POST, "/api/v1/admin/jobs/" + SOME_ID + "/approve", E401, E403, E403, OK),
				row(HttpMethod.POST, "/api/v1/admin/jobs/" + SOME_ID + "/reject", E401, E403, E403, OK));
	}

	static List<Row> search() {
		return List.of(row(HttpMethod.GET, "/api/v1/jobs/search", OK, OK, OK, OK),
				row(HttpMethod.GET, "/api/v1/jobs/search/suggest?q=nur", OK, OK, OK, OK),
				row(HttpMethod.POST, "/api/v1/jobs/advanced-search", OK, OK, OK, OK),
				row(HttpMethod.GET, "/api/v1/jobs/" + SOME_ID + "/similar", OK, OK, OK, OK));
	}

	static List<Row> jobSavesFeedsAndTransfers() {
		String save = "/api/v1/jobs/" + SOME_ID + "/save";
		return List.of(row(HttpMethod.PUT, save, E401, OK, E403, E403),
				row(HttpMethod.DELETE, save, E401, OK, E403, E403),
				row(HttpMethod.GET, "/api/v1/saved-jobs", E401, OK, E403, E403),
				row(HttpMethod.GET, "/api/v1/jobs/trending", OK, OK, OK, OK),
				row(HttpMethod.GET, "/api/v1/feeds/jobs.xml", OK, OK, OK, OK),
				row(HttpMethod.GET, "/api/v1/sitemap-jobs.xml", OK, OK, OK, OK),
				row(HttpMethod.POST, "/api/v1/jobs/import", E401, E403, OK, OK),
				row(HttpMethod.GET, "/api/v1/jobs/export", E401, E403, OK, OK));
	}

	@TestFactory
	Stream<DynamicTest> everyEndpointForEveryCaller() {
		Map<Caller, String> bearers = new EnumMap<>(Caller.class);
		bearers.put(Caller.CANDIDATE, users.candidate().bearer());
		bearers.put(Caller.EMPLOYER, users.employer().bearer());
		SignedIn admin = users.admin();
		bearers.put(Caller.ADMIN, admin.bearer());
		return Stream
			.of(platform(), identity(), notifications(), analytics(), catalog(), companies(), profiles(),
					verification(), jobs(), jobSavesFeedsAndTransfers(), search())
			.flatMap(List::stream)
			.flatMap((row) -> Stream.of(Caller.values())
				.map((caller) -> DynamicTest.dynamicTest(
						row.method() + " " + row.path() + " as " + caller + " → " + row.expected(caller),
						() -> check(row, caller, bearers.get(caller)))));
	}

	/**
	 * Applications, interviews and placements, on real ones of someone else: the callers
	 * here neither applied nor act for the company, so a candidate or employer who is let
	 * in gets 404 from the service ({@code OK} here), while admins read everything but
	 * are refused (403) on every endpoint that acts.
	 */
	@TestFactory
	Stream<DynamicTest> applicationEndpointsForEveryCaller() {
		Map<Caller, String> bearers = new EnumMap<>(Caller.class);
		bearers.put(Caller.CANDIDATE, users.candidate().bearer());
		bearers.put(Caller.EMPLOYER, users.employer().bearer());
		bearers.put(Caller.ADMIN, users.admin().bearer());
		HiringSetup setup = new HiringSetup(mvc, users, directory);
		String application = "/api/v1/applications/" + setup.application();
		String interview = "/api/v1/interviews/" + setup.interview();
		String placement = "/api/v1/placements/" + setup.placement();
		List<Row> rows = List.of(row(HttpMethod.POST, "/api/v1/applications", E401, OK, E403, E403),
				row(HttpMethod.GET, "/api/v1/applications", E401, OK, OK, OK),
				row(HttpMethod.GET, "/api/v1/applications/stats", E401, OK, OK, OK),
				row(HttpMethod.GET, application, E401, OK, OK, OK),
				row(HttpMethod.PATCH, application, E401, OK, OK, E403),
				row(HttpMethod.DELETE, application, E401, OK, E403, E403),
				row(HttpMethod.POST, application + "/transitions", E401, OK, OK, E403),
				row(HttpMethod.GET, application + "/history", E401, OK, OK, OK),
				row(HttpMethod.POST, application + "/interviews", E401, E403, OK, E403),
				row(HttpMethod.GET, application + "/interviews", E401, OK, OK, OK),
				row(HttpMethod.PATCH, interview, E401, E403, OK, E403),
				row(HttpMethod.DELETE, interview, E401, E403, OK, E403),
				row(HttpMethod.GET, "/api/v1/jobs/" + setup.job() + "/applications", E401, E403, OK, OK),
				row(HttpMethod.GET, "/api/v1/placements", E401, OK, OK, OK),
				row(HttpMethod.GET, placement, E401, OK, OK, OK),
				row(HttpMethod.PATCH, placement, E401, E403, OK, E403),
				row(HttpMethod.POST, placement + "/complete", E401, E403, OK, E403));
		return rows.stream()
			.flatMap((row) -> Stream.of(Caller.values())
				.map((caller) -> DynamicTest.dynamicTest(
						row.method() + " " + row.path() + " as " + caller + " → " + row.expected(caller),
						() -> check(row, caller, bearers.get(caller)))));
	}

	private void check(Row row, Caller caller, String bearer) {
		MockMvcRequestBuilder request = mvc.method(row.method()).uri(row.path());
		if (bearer != null) {
			request.header("Authorization", bearer);
		}
		if (row.method() != HttpMethod.GET) {
			request.contentType(MediaType.APPLICATION_JSON).content("{}");
		}
		int status = request.exchange().getResponse().getStatus();
		switch (row.expected(caller)) {
			case OK -> assertThat(status).as("status").isNotIn(401, 403);
			case E401 -> assertThat(status).as("status").isEqualTo(401);
			case E403 -> assertThat(status).as("status").isEqualTo(403);
		}
	}

	private static Row row(HttpMethod method, String path, Expect anon, Expect candidate, Expect employer,
			Expect admin) {
		return new Row(method, path, anon, candidate, employer, admin);
	}

}
