package io.openhire.companies;

import java.util.UUID;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.openhire.companies.CompanyClient.addMember;
import static io.openhire.companies.CompanyClient.create;
import static io.openhire.companies.CompanyClient.members;
import static org.assertj.core.api.Assertions.assertThat;

/** Who acts for a company: adding, listing and removing members. */
@ApiTest
class CompanyMembersTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Test
	void ownersAddEmployersAsRecruitersByDefaultOrAsOwners() {
		SignedIn owner = users.employer();
		UUID id = create(mvc, owner, CompanyJson.company());
		SignedIn recruiter = users.employer();
		MvcTestResult added = addMember(mvc, owner, id, recruiter.email().toUpperCase(), null);
		assertThat(added).hasStatus(201);
		assertThat(added).bodyJson().extractingPath("$.user_id").isEqualTo(recruiter.id().toString());
		assertThat(added).bodyJson().extractingPath("$.member_role").isEqualTo("recruiter");
		assertThat(added).bodyJson().extractingPath("$.first_name").isEqualTo("Test");
		SignedIn coOwner = users.employer();
		assertThat(addMember(mvc, owner, id, coOwner.email(), "owner")).bodyJson()
			.extractingPath("$.member_role")
			.isEqualTo("owner");

		MvcTestResult list = Api.get(mvc, members(id), recruiter.bearer());
		assertThat(list).hasStatusOk();
		assertThat(list).bodyJson().extractingPath("$.count").isEqualTo(3);
		assertThat(list).bodyJson()
			.extractingPath("$.results[*].user_id")
			.asArray()
			.containsExactly(owner.id().toString(), recruiter.id().toString(), coOwner.id().toString());
		MvcTestResult page = Api.get(mvc, members(id) + "?page_size=2&page=2", owner.bearer());
		assertThat(page).bodyJson().extractingPath("$.results").asArray().hasSize(1);
		assertThat(page).bodyJson().extractingPath("$.previous").asString().contains("page=1");
	}

	@Test
	void onlyActiveEmployerAccountsCanBeAdded() {
		SignedIn owner = users.employer();
		UUID id = create(mvc, owner, CompanyJson.company());
		for (String email : new String[] { users.candidate().email(), users.admin().email(),
				TestUsers.uniqueEmail("nobody") }) {
			MvcTestResult refused = addMember(mvc, owner, id, email, "recruiter");
			assertThat(refused).hasStatus(400);
			assertThat(refused).bodyJson().extractingPath("$.errors.email").asArray().isNotEmpty();
		}
		SignedIn deactivated = users.employer();
		assertThat(Api.delete(mvc, "/api/v1/admin/users/" + deactivated.id(), users.admin().bearer(), null))
			.hasStatus(204);
		assertThat(addMember(mvc, owner, id, deactivated.email(), null)).hasStatus(400);
		assertThat(addMember(mvc, owner, id, users.employer().email(), "boss")).hasStatus(400);
		assertThat(Api.post(mvc, members(id), owner.bearer(), "{}")).bodyJson()
			.extractingPath("$.errors.email")
			.asArray()
			.isNotEmpty();
	}

	@Test
	void aMemberCannotBeAddedTwice() {
		SignedIn owner = users.employer();
		UUID id = create(mvc, owner, CompanyJson.company());
		SignedIn recruiter = users.employer();
		assertThat(addMember(mvc, owner, id, recruiter.email(), null)).hasStatus(201);
		MvcTestResult again = addMember(mvc, owner, id, recruiter.email(), "owner");
		assertThat(again).hasStatus(409);
		assertThat(again).bodyJson().extractingPath("$.code").isEqualTo("already_member");
	}

	@Test
	void recruitersCannotManageMembersButMayLeave() {
		SignedIn owner = users.employer();
		UUID id = create(mvc, owner, CompanyJson.company());
		SignedIn recruiter = users.employer();
		SignedIn other = users.employer();
		assertThat(addMember(mvc, owner, id, recruiter.email(), null)).hasStatus(201);
		assertThat(addMember(mvc, owner, id, other.email(), null)).hasStatus(201);
		assertThat(addMember(mvc, recruiter, id, users.employer().email(), null)).hasStatus(403);
		assertThat(Api.delete(mvc, members(id) + "/" + other.id(), recruiter.bearer(), null)).hasStatus(403);
		assertThat(Api.delete(mvc, members(id) + "/" + owner.id(), recruiter.bearer(), null)).hasStatus(403);
		assertThat(Api.delete(mvc, members(id) + "/" + recruiter.id(), recruiter.bearer(), null)).hasStatus(204);
		assertThat(Api.get(mvc, members(id), recruiter.bearer())).hasStatus(403);
	}

	@Test
	void strangersAndCandidatesDoNotSeeOrChangeMembers() {
		SignedIn owner = users.employer();
		UUID id = create(mvc, owner, CompanyJson.company());
		SignedIn stranger = users.employer();
		assertThat(Api.get(mvc, members(id), stranger.bearer())).hasStatus(403);
		assertThat(addMember(mvc, stranger, id, stranger.email(), "owner")).hasStatus(403);
		assertThat(Api.get(mvc, members(id), users.candidate().bearer())).hasStatus(403);
		assertThat(Api.get(mvc, members(id), null)).hasStatus(401);
		assertThat(Api.get(mvc, members(UUID.randomUUID()), stranger.bearer())).hasStatus(404);
	}

	@Test
	void theLastOwnerCannotLeaveButOneOfTwoCan() {
		SignedIn owner = users.employer();
		UUID id = create(mvc, owner, CompanyJson.company());
		MvcTestResult last = Api.delete(mvc, members(id) + "/" + owner.id(), owner.bearer(), null);
		assertThat(last).hasStatus(409);
		assertThat(last).bodyJson().extractingPath("$.code").isEqualTo("last_owner");
		SignedIn admin = users.admin();
		assertThat(Api.delete(mvc, members(id) + "/" + owner.id(), admin.bearer(), null)).hasStatus(409);

		SignedIn second = users.employer();
		assertThat(addMember(mvc, owner, id, second.email(), "owner")).hasStatus(201);
		assertThat(Api.delete(mvc, members(id) + "/" + owner.id(), owner.bearer(), null)).hasStatus(204);
		assertThat(Api.patch(mvc, CompanyClient.company(id), owner.bearer(), "{\"industry\": \"x\"}")).hasStatus(403);
		assertThat(Api.delete(mvc, members(id) + "/" + second.id(), second.bearer(), null)).hasStatus(409);
		assertThat(Api.delete(mvc, members(id) + "/" + UUID.randomUUID(), second.bearer(), null)).hasStatus(404);
	}

	@Test
	void adminsManageMembersOfAnyCompanyAndAreAudited() {
		UUID id = create(mvc, users.employer(), CompanyJson.company());
		SignedIn admin = users.admin();
		SignedIn recruiter = users.employer();
		assertThat(addMember(mvc, admin, id, recruiter.email(), null)).hasStatus(201);
		assertThat(Api.get(mvc, members(id), admin.bearer())).bodyJson().extractingPath("$.count").isEqualTo(2);
		assertThat(Api.delete(mvc, members(id) + "/" + recruiter.id(), admin.bearer(), null)).hasStatus(204);
		AuditLogProbe.expect(mvc, users, "company_member_added", id, admin.id());
		AuditLogProbe.expect(mvc, users, "company_member_removed", id, admin.id());
	}

}
