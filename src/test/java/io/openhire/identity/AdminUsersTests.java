package io.openhire.identity;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class AdminUsersTests {

	private static final String USERS = "/api/v1/admin/users";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Test
	void adminsCreateUsersOfAnyRoleIncludingAdmins() {
		SignedIn admin = users.admin();
		String email = TestUsers.uniqueEmail("created-admin");
		MvcTestResult created = Api.post(mvc, USERS, admin.bearer(),
				"{\"email\": \"%s\", \"password\": \"%s\", \"first_name\": \"Ada\", \"last_name\": \"Root\", \"role\": \"admin\"}"
					.formatted(email, TestUsers.PASSWORD));
		assertThat(created).hasStatus(201);
		assertThat(created).bodyJson().extractingPath("$.role").isEqualTo("admin");
		assertThat(created).bodyJson().extractingPath("$.is_email_verified").isEqualTo(true);
		SignedIn newAdmin = users.login(email, TestUsers.PASSWORD);
		assertThat(Api.get(mvc, USERS, newAdmin.bearer())).hasStatusOk();
	}

	@Test
	void listFiltersByRoleStatusAndText() {
		SignedIn admin = users.admin();
		SignedIn candidate = users.candidate();
		String q = candidate.email().substring(0, candidate.email().indexOf('@'));
		MvcTestResult found = Api.get(mvc, USERS + "?role=candidate&is_active=true&q=" + q, admin.bearer());
		assertThat(found).hasStatusOk();
		assertThat(found).bodyJson().extractingPath("$.count").isEqualTo(1);
		assertThat(found).bodyJson().extractingPath("$.results[0].id").isEqualTo(candidate.id().toString());
		assertThat(Api.get(mvc, USERS + "?role=employer&q=" + q, admin.bearer())).bodyJson()
			.extractingPath("$.count")
			.isEqualTo(0);
		MvcTestResult page = Api.get(mvc, USERS + "?page_size=1", admin.bearer());
		assertThat(page).bodyJson().extractingPath("$.results").asArray().hasSize(1);
		assertThat(page).bodyJson().extractingPath("$.next").asString().contains("page=2");
	}

	@Test
	void listRejectsBadFilters() {
		SignedIn admin = users.admin();
		assertThat(Api.get(mvc, USERS + "?role=king", admin.bearer())).bodyJson()
			.extractingPath("$.errors.role")
			.asArray()
			.isNotEmpty();
		assertThat(Api.get(mvc, USERS + "?joined_after=yesterday", admin.bearer())).hasStatus(400);
		assertThat(Api.get(mvc, USERS + "?joined_after=2026-02-01T00:00:00Z&joined_before=2026-01-01T00:00:00Z",
				admin.bearer()))
			.bodyJson()
			.extractingPath("$.errors.joined_after")
			.asArray()
			.isNotEmpty();
		assertThat(Api.get(mvc, USERS + "?is_active=maybe", admin.bearer())).hasStatus(400);
	}

	@Test
	void roleChangeTakesEffectOnTheNextTokenAndOldTokensStop() {
		SignedIn admin = users.admin();
		SignedIn user = users.candidate();
		MvcTestResult changed = Api.patch(mvc, USERS + "/" + user.id(), admin.bearer(), "{\"role\": \"employer\"}");
		assertThat(changed).hasStatusOk();
		assertThat(changed).bodyJson().extractingPath("$.role").isEqualTo("employer");
		assertThat(Api.get(mvc, "/api/v1/auth/me", user.bearer())).hasStatus(401);
		assertThat(Api.get(mvc, "/api/v1/auth/me", users.login(user.email(), user.password()).bearer())).bodyJson()
			.extractingPath("$.role")
			.isEqualTo("employer");
	}

	@Test
	void deactivationAndActivation() {
		SignedIn admin = users.admin();
		SignedIn user = users.employer();
		assertThat(Api.delete(mvc, USERS + "/" + user.id(), admin.bearer(), null)).hasStatus(204);
		assertThat(Api.get(mvc, USERS + "/" + user.id(), admin.bearer())).bodyJson()
			.extractingPath("$.is_active")
			.isEqualTo(false);
		assertThat(Api.get(mvc, "/api/v1/auth/me", user.bearer())).hasStatus(401);
		assertThat(Api.post(mvc, USERS + "/" + user.id() + "/activate", admin.bearer(), "")).bodyJson()
			.extractingPath("$.is_active")
			.isEqualTo(true);
		assertThat(users.login(user.email(), user.password()).accessToken()).isNotBlank();
	}

	@Test
	void anAdminCannotDeactivateThemself() {
		SignedIn admin = users.admin();
		for (MvcTestResult result : new MvcTestResult[] {
				Api.post(mvc, USERS + "/" + admin.id() + "/deactivate", admin.bearer(), ""),
				Api.delete(mvc, USERS + "/" + admin.id(), admin.bearer(), null),
				Api.patch(mvc, USERS + "/" + admin.id(), admin.bearer(), "{\"is_active\": false}") }) {
			assertThat(result).hasStatus(409);
			assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("cannot_deactivate_self");
		}
		assertThat(Api.get(mvc, "/api/v1/auth/me", admin.bearer())).hasStatusOk();
	}

	@Test
	void unknownUserIsNotFoundAndBadIdIsInvalid() {
		SignedIn admin = users.admin();
		assertThat(Api.get(mvc, USERS + "/" + java.util.UUID.randomUUID(), admin.bearer())).hasStatus(404);
		assertThat(Api.get(mvc, USERS + "/not-a-uuid", admin.bearer())).hasStatus(400);
	}

	@Test
	void onlyAdminsGetIn() {
		assertThat(Api.get(mvc, USERS, null)).hasStatus(401);
		assertThat(Api.get(mvc, USERS, users.candidate().bearer())).hasStatus(403);
		assertThat(Api.post(mvc, USERS, users.employer().bearer(), "{}")).hasStatus(403);
	}

}
