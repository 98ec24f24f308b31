package io.openhire.companies;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import io.openhire.shared.ApiProblem;
import io.openhire.shared.VerificationStatus;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.openhire.companies.CompanyClient.addMember;
import static io.openhire.companies.CompanyClient.company;
import static io.openhire.companies.CompanyClient.create;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * The module API other modules use ({@link CompanyDirectory}), and what happens to
 * memberships when an account is erased.
 */
@ApiTest
class CompanyDirectoryTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CompanyDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void findsCompaniesOneByOneAndManyAtOnce() {
		SignedIn owner = users.employer();
		CompanyJson hospital = CompanyJson.hospital();
		UUID first = create(mvc, owner, hospital);
		UUID second = create(mvc, owner, CompanyJson.company());
		assertThat(directory.find(first)).hasValue(new CompanySummary(first, (String) hospital.get("name"), "hospital",
				VerificationStatus.UNVERIFIED, "public"));
		assertThat(directory.find(UUID.randomUUID())).isEmpty();
		Map<UUID, CompanySummary> found = directory.findAll(List.of(first, second, UUID.randomUUID()));
		assertThat(found).containsOnlyKeys(first, second);
		assertThat(found.get(second).type()).isEqualTo("company");
		assertThat(directory.findAll(List.of())).isEmpty();
	}

	@Test
	void summariesAreKeptInMemoryAndForgottenWhenTheCompanyChangesOrGoes() {
		SignedIn owner = users.employer();
		UUID id = create(mvc, owner, CompanyJson.company());
		String name = directory.find(id).orElseThrow().name();
		// a write no event announces (only a database tool would do this) is not seen
		jdbc.update("update companies set name = ? where id = ?", "Behind the back", id);
		assertThat(directory.find(id)).get().extracting(CompanySummary::name).isEqualTo(name);
		assertThat(directory.findAll(List.of(id)).get(id).name()).isEqualTo(name);
		// a change through the module is seen at once, by one and by many
		directory.changeVerificationStatus(id, VerificationStatus.PENDING);
		assertThat(directory.findAll(List.of(id)).get(id).name()).isEqualTo("Behind the back");
		assertThat(directory.find(id)).get()
			.extracting(CompanySummary::verificationStatus)
			.isEqualTo(VerificationStatus.PENDING);
		assertThat(Api.delete(mvc, company(id), owner.bearer(), null)).hasStatus(204);
		assertThat(directory.find(id)).isEmpty();
	}

	@Test
	void answersMembershipQuestions() {
		SignedIn owner = users.employer();
		SignedIn recruiter = users.employer();
		CompanyJson json = CompanyJson.company().with("name", "B " + CompanyJson.uniqueName("x"));
		UUID id = create(mvc, owner, json);
		CompanyJson other = CompanyJson.company().with("name", "A " + CompanyJson.uniqueName("x"));
		UUID otherId = create(mvc, recruiter, other);
		assertThat(addMember(mvc, owner, id, recruiter.email(), null)).hasStatus(201);

		assertThat(directory.isMember(id, owner.id())).isTrue();
		assertThat(directory.isOwner(id, owner.id())).isTrue();
		assertThat(directory.isMember(id, recruiter.id())).isTrue();
		assertThat(directory.isOwner(id, recruiter.id())).isFalse();
		assertThat(directory.isMember(id, users.employer().id())).isFalse();
		assertThat(directory.membershipsOf(recruiter.id())).containsExactly(
				new Membership(otherId, (String) other.get("name"), "owner"),
				new Membership(id, (String) json.get("name"), "recruiter"));
		assertThat(directory.membershipsOf(UUID.randomUUID())).isEmpty();
	}

	@Test
	void verificationStatusChangesSetAndClearVerifiedAt() {
		UUID id = create(mvc, users.employer(), CompanyJson.company());
		directory.changeVerificationStatus(id, VerificationStatus.PENDING);
		assertThat(Api.get(mvc, company(id), null)).bodyJson()
			.extractingPath("$.verification_status")
			.isEqualTo("pending");
		Instant before = Instant.now().minusSeconds(1);
		directory.changeVerificationStatus(id, VerificationStatus.VERIFIED);
		MvcTestResult verified = Api.get(mvc, company(id), null);
		assertThat(verified).bodyJson().extractingPath("$.verification_status").isEqualTo("verified");
		assertThat(Instant.parse(Api.read(verified, "$.verified_at"))).isAfter(before);
		assertThat(directory.find(id)).get()
			.extracting(CompanySummary::verificationStatus)
			.isEqualTo(VerificationStatus.VERIFIED);
		directory.changeVerificationStatus(id, VerificationStatus.REJECTED);
		assertThat(Api.get(mvc, company(id), null)).bodyJson().extractingPath("$.verified_at").isNull();
		assertThatExceptionOfType(ApiProblem.class)
			.isThrownBy(() -> directory.changeVerificationStatus(UUID.randomUUID(), VerificationStatus.VERIFIED))
			.satisfies((problem) -> assertThat(problem.code()).isEqualTo("not_found"));
	}

	@Test
	void erasingAnAccountRemovesItsMembershipsAndKeepsOwnerlessCompanies() {
		SignedIn owner = users.employer();
		SignedIn recruiter = users.employer();
		UUID id = create(mvc, owner, CompanyJson.company());
		assertThat(addMember(mvc, owner, id, recruiter.email(), null)).hasStatus(201);

		erase(recruiter);
		await().atMost(Duration.ofSeconds(10)).until(() -> !directory.isMember(id, recruiter.id()));
		assertThat(directory.isOwner(id, owner.id())).isTrue();

		erase(owner);
		await().atMost(Duration.ofSeconds(10)).until(() -> directory.membershipsOf(owner.id()).isEmpty());
		assertThat(Api.get(mvc, company(id), null)).hasStatusOk();
		assertThat(directory.isMember(id, owner.id())).isFalse();
	}

	private void erase(SignedIn user) {
		assertThat(Api.delete(mvc, "/api/v1/auth/me", user.bearer(),
				"{\"password\": \"%s\"}".formatted(TestUsers.PASSWORD)))
			.hasStatus(204);
	}

}
