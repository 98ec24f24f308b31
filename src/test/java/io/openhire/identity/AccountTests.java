package io.openhire.identity;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The caller's own account: rename, export, erase. */
@ApiTest
@RecordApplicationEvents
class AccountTests {

	private static final String ME = "/api/v1/auth/me";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ApplicationEvents events;

	@Test
	void renameChangesOnlyTheGivenNames() {
		SignedIn user = users.candidate();
		MvcTestResult renamed = Api.patch(mvc, ME, user.bearer(), "{\"first_name\": \"Grace\"}");
		assertThat(renamed).hasStatusOk();
		assertThat(renamed).bodyJson().extractingPath("$.first_name").isEqualTo("Grace");
		assertThat(renamed).bodyJson().extractingPath("$.last_name").isEqualTo("candidate");
		assertThat(Api.patch(mvc, ME, user.bearer(), "{\"first_name\": \"  \"}")).hasStatus(400);
		assertThat(Api.patch(mvc, ME, user.bearer(), "{\"email\": \"other@x.io\"}")).hasStatus(400);
	}

	@Test
	void htmlInNamesIsKeptAsText() {
		SignedIn user = users.candidate();
		MvcTestResult renamed = Api.patch(mvc, ME, user.bearer(), "{\"first_name\": \"<script>alert(1)</script>\"}");
		assertThat(renamed).bodyJson().extractingPath("$.first_name").isEqualTo("<script>alert(1)</script>");
		assertThat(renamed).contentType().isCompatibleWith("application/json");
	}

	@Test
	void exportHoldsTheAccountAndSessions() {
		SignedIn user = users.employer();
		MvcTestResult export = Api.get(mvc, ME + "/export", user.bearer());
		assertThat(export).hasStatusOk();
		assertThat(export).bodyJson().extractingPath("$.user.email").isEqualTo(user.email());
		assertThat(export).bodyJson().extractingPath("$.sessions").asArray().hasSize(1);
		assertThat(export).bodyText().doesNotContain(user.refreshToken()).doesNotContain("password");
	}

	@Test
	void erasureNeedsThePasswordAndRemovesPersonalData() {
		SignedIn user = users.candidate();
		MvcTestResult wrong = Api.delete(mvc, ME, user.bearer(), "{\"password\": \"Not-The-Password-1\"}");
		assertThat(wrong).hasStatus(400);
		assertThat(wrong).bodyJson().extractingPath("$.errors.password").asArray().isNotEmpty();

		assertThat(Api.delete(mvc, ME, user.bearer(), "{\"password\": \"%s\"}".formatted(user.password())))
			.hasStatus(204);
		assertThat(events.stream(UserErased.class).filter((event) -> event.userId().equals(user.id()))).hasSize(1);
		assertThat(Api.get(mvc, ME, user.bearer())).hasStatus(401);
		assertThat(Api.post(mvc, "/api/v1/auth/login", null,
				"{\"email\": \"%s\", \"password\": \"%s\"}".formatted(user.email(), user.password())))
			.hasStatus(401);
		SignedIn admin = users.admin();
		MvcTestResult erased = Api.get(mvc, "/api/v1/admin/users/" + user.id(), admin.bearer());
		assertThat(erased).bodyJson().extractingPath("$.email").asString().startsWith("erased-");
		assertThat(erased).bodyJson().extractingPath("$.first_name").isEqualTo("");
		assertThat(erased).bodyJson().extractingPath("$.is_active").isEqualTo(false);
		// the address is free again
		assertThat(Api.post(mvc, "/api/v1/auth/register", null,
				"{\"email\": \"%s\", \"password\": \"%s\", \"first_name\": \"A\", \"last_name\": \"B\", \"role\": \"candidate\"}"
					.formatted(user.email(), TestUsers.PASSWORD)))
			.hasStatus(201);
	}

}
