package io.openhire.applications;

import java.util.ArrayList;
import java.util.List;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.Statements;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import io.openhire.companies.CompanyDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.openhire.applications.ApplicationFixtures.APPLICATIONS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /applications} and {@code GET /jobs/{id}/applications}: scope, filters,
 * pages, cursors, statements.
 */
@ApiTest
class ApplicationListTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CompanyDirectory directory;

	@Autowired
	Statements statements;

	ApplicationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ApplicationFixtures(mvc, users, directory);
	}

	@Test
	void eachCallerSeesTheirOwnScopeFilteredByJobAndStatus() {
		ApplicationFixtures.Employer employer = fixtures.employer();
		ApplicationFixtures.Posted first = fixtures.job(employer, List.of());
		ApplicationFixtures.Posted second = fixtures.job(employer, List.of());
		SignedIn candidate = users.candidate();
		String a = fixtures.applied(candidate, first.jobId());
		String b = fixtures.applied(candidate, second.jobId());
		String c = fixtures.applied(users.candidate(), first.jobId());
		fixtures.moveAll(employer.owner(), c, "reviewing");
		assertThat(ids(APPLICATIONS, candidate)).containsExactly(b, a);
		assertThat(ids(APPLICATIONS, employer.owner())).containsExactly(c, b, a);
		assertThat(ids(APPLICATIONS + "?job=" + first.jobId(), employer.owner())).containsExactly(c, a);
		assertThat(ids(APPLICATIONS + "?status=reviewing", employer.owner())).containsExactly(c);
		assertThat(ids(APPLICATIONS + "?applied_after=2999-01-01", employer.owner())).isEmpty();
		assertThat(ids(APPLICATIONS + "?applied_after=2000-01-01T00:00:00Z", candidate)).containsExactly(b, a);
		assertThat(ids("/api/v1/jobs/" + first.jobId() + "/applications", employer.owner())).containsExactly(c, a);
		assertThat(ids("/api/v1/jobs/" + first.jobId() + "/applications?status=applied", users.admin()))
			.containsExactly(a);
		assertThat(ids(APPLICATIONS, fixtures.employer().owner())).isEmpty();
		assertThat(Api.get(mvc, APPLICATIONS + "?status=lost", candidate.bearer())).hasStatus(400);
		assertThat(Api.get(mvc, APPLICATIONS + "?applied_after=yesterday", candidate.bearer())).hasStatus(400);
		assertThat(Api.get(mvc, APPLICATIONS + "?cursor=bad", candidate.bearer())).bodyJson()
			.extractingPath("$.code")
			.isEqualTo("invalid_cursor");
	}

	@Test
	void cursorsWalkForwardAndBack() {
		ApplicationFixtures.Employer employer = fixtures.employer();
		ApplicationFixtures.Posted job = fixtures.job(employer, List.of());
		List<String> made = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			made.add(0, fixtures.applied(users.candidate(), job.jobId()));
		}
		String base = APPLICATIONS + "?job=" + job.jobId() + "&page_size=2&cursor=";
		MvcTestResult first = Api.get(mvc, base, employer.owner().bearer());
		assertThat(first).bodyJson().doesNotHavePath("$.count");
		assertThat(Api.<List<String>>read(first, "$.results[*].id")).isEqualTo(made.subList(0, 2));
		assertThat(Api.<Object>read(first, "$.previous")).isNull();
		MvcTestResult second = Api.get(mvc, Api.<String>read(first, "$.next").replace("http://localhost", ""),
				employer.owner().bearer());
		assertThat(Api.<List<String>>read(second, "$.results[*].id")).isEqualTo(made.subList(2, 4));
		MvcTestResult back = Api.get(mvc, Api.<String>read(second, "$.previous").replace("http://localhost", ""),
				employer.owner().bearer());
		assertThat(Api.<List<String>>read(back, "$.results[*].id")).isEqualTo(made.subList(0, 2));
		MvcTestResult paged = Api.get(mvc, APPLICATIONS + "?job=" + job.jobId() + "&page=2&page_size=2",
				employer.owner().bearer());
		assertThat(paged).bodyJson().extractingPath("$.count").isEqualTo(5);
		assertThat(Api.<List<String>>read(paged, "$.results[*].id")).isEqualTo(made.subList(2, 4));
	}

	@Test
	void aPageCostsTheSameFewStatementsWhateverItHolds() {
		ApplicationFixtures.Employer employer = fixtures.employer();
		ApplicationFixtures.Posted one = fixtures.job(employer, List.of());
		fixtures.applied(users.candidate(), one.jobId());
		ApplicationFixtures.Employer busy = fixtures.employer();
		for (int i = 0; i < 3; i++) {
			ApplicationFixtures.Posted job = fixtures.job(busy, List.of());
			for (int j = 0; j < 3; j++) {
				fixtures.applied(users.candidate(), job.jobId());
			}
		}
		long single = statements.of(() -> assertThat(ids(APPLICATIONS, employer.owner())).hasSize(1));
		long nine = statements.of(() -> assertThat(ids(APPLICATIONS, busy.owner())).hasSize(9));
		long cursor = statements.of(() -> assertThat(ids(APPLICATIONS + "?cursor=", busy.owner())).hasSize(9));
		assertThat(nine).isEqualTo(single);
		assertThat(nine).isLessThanOrEqualTo(8);
		assertThat(cursor).isLessThanOrEqualTo(nine);
	}

	private List<String> ids(String path, SignedIn caller) {
		MvcTestResult result = Api.get(mvc, path, caller.bearer());
		assertThat(result).hasStatusOk();
		return Api.read(result, "$.results[*].id");
	}

}
