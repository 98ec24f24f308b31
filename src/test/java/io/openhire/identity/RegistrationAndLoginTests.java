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
class RegistrationAndLoginTests {

	private static final String REGISTER = "/api/v1/auth/register";

	private static final String LOGIN = "/api/v1/auth/login";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Test
	void registrationAnswersTheUserAndTokens() {
		String email = TestUsers.uniqueEmail("new");
		MvcTestResult result = register(email, TestUsers.PASSWORD, "candidate");
		assertThat(result).hasStatus(201);
		assertThat(result).bodyJson().extractingPath("$.user.email").isEqualTo(email);
		assertThat(result).bodyJson().extractingPath("$.user.role").isEqualTo("candidate");
		assertThat(result).bodyJson().extractingPath("$.user.date_joined").asString().endsWith("Z");
		assertThat(result).bodyJson().extractingPath("$.access").asString().contains(".");
		assertThat(result).bodyJson().extractingPath("$.refresh").isNotNull();
		assertThat(result).bodyJson().extractingPath("$.token_type").isEqualTo("Bearer");
	}

	@Test
	void nobodyRegistersAsAdmin() {
		MvcTestResult result = register(TestUsers.uniqueEmail("x"), TestUsers.PASSWORD, "admin");
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.errors.role").asArray().hasSize(1);
		assertThat(register(TestUsers.uniqueEmail("x"), TestUsers.PASSWORD, "superuser")).hasStatus(400);
	}

	@Test
	void emailIsTakenWhateverItsLetterCase() {
		SignedIn existing = users.candidate();
		MvcTestResult result = register(existing.email().toUpperCase(), TestUsers.PASSWORD, "employer");
		assertThat(result).hasStatus(409);
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("email_taken");
	}

	@Test
	void weakPasswordsAreRefusedWithReasons() {
		for (String weak : new String[] { "Short1!", "alllowercaseletters", "Password123", "1234567890" }) {
			MvcTestResult result = register(TestUsers.uniqueEmail("weak"), weak, "candidate");
			assertThat(result).hasStatus(400);
			assertThat(result).bodyJson().extractingPath("$.errors.password").asArray().isNotEmpty();
		}
	}

	@Test
	void badEmailAndMissingFieldsAreNamed() {
		MvcTestResult result = Api.post(mvc, REGISTER, null,
				"{\"email\": \"not-an-email\", \"password\": \"%s\", \"first_name\": \"A\", \"last_name\": \"B\", \"role\": \"candidate\"}"
					.formatted(TestUsers.PASSWORD));
		assertThat(result).bodyJson().extractingPath("$.errors.email").asArray().isNotEmpty();
		MvcTestResult missing = Api.post(mvc, REGISTER, null, "{\"email\": \"a@b.io\"}");
		assertThat(missing).hasStatus(400);
		assertThat(missing).bodyJson().extractingPath("$.errors.first_name").asArray().isNotEmpty();
		assertThat(missing).bodyJson().extractingPath("$.errors.role").asArray().isNotEmpty();
	}

	@Test
	void unknownFieldsAndOversizedValuesAreRefused() {
		MvcTestResult unknown = Api.post(mvc, REGISTER, null,
				"{\"email\": \"%s\", \"password\": \"%s\", \"first_name\": \"A\", \"last_name\": \"B\", \"role\": \"candidate\", \"is_admin\": true}"
					.formatted(TestUsers.uniqueEmail("u"), TestUsers.PASSWORD));
		assertThat(unknown).hasStatus(400);
		assertThat(unknown).bodyJson().extractingPath("$.code").isEqualTo("unknown_field");
		MvcTestResult longName = Api.post(mvc, REGISTER, null,
				"{\"email\": \"%s\", \"password\": \"%s\", \"first_name\": \"%s\", \"last_name\": \"B\", \"role\": \"candidate\"}"
					.formatted(TestUsers.uniqueEmail("u"), TestUsers.PASSWORD, "A".repeat(101)));
		assertThat(longName).bodyJson().extractingPath("$.errors.first_name").asArray().isNotEmpty();
	}

	@Test
	void malformedAndOversizedBodiesAreRefusedBeforeAnythingIsStored() {
		MvcTestResult malformed = Api.post(mvc, REGISTER, null, "{\"email\": \"a@b.io\", ");
		assertThat(malformed).hasStatus(400);
		assertThat(malformed).bodyJson().extractingPath("$.code").isEqualTo("malformed_json");
		String email = TestUsers.uniqueEmail("big");
		MvcTestResult oversized = Api.post(mvc, REGISTER, null,
				"{\"email\": \"%s\", \"password\": \"%s\", \"first_name\": \"%s\", \"last_name\": \"B\", \"role\": \"candidate\"}"
					.formatted(email, TestUsers.PASSWORD, "A".repeat(1_100_000)));
		assertThat(oversized).hasStatus(413);
		assertThat(oversized).bodyJson().extractingPath("$.code").isEqualTo("payload_too_large");
		assertThat(Api.post(mvc, LOGIN, null,
				"{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, TestUsers.PASSWORD)))
			.hasStatus(401);
	}

	@Test
	void unknownEmailAndWrongPasswordAnswerAlike() {
		SignedIn user = users.candidate();
		MvcTestResult wrongPassword = login(user.email(), "Wrong-Password-123", null);
		MvcTestResult unknownEmail = login(TestUsers.uniqueEmail("ghost"), "Wrong-Password-123", null);
		for (MvcTestResult result : new MvcTestResult[] { wrongPassword, unknownEmail }) {
			assertThat(result).hasStatus(401);
			assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("invalid_credentials");
		}
		assertThat(wrongPassword.getResponse().getContentAsByteArray())
			.isEqualTo(unknownEmail.getResponse().getContentAsByteArray());
	}

	@Test
	void loginIsCaseInsensitiveOnTheEmailAndAnswersTokensAndUser() {
		SignedIn user = users.employer();
		MvcTestResult result = login(user.email().toUpperCase(), user.password(), null);
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.token_type").isEqualTo("Bearer");
		assertThat(result).bodyJson().extractingPath("$.expires_in").isEqualTo(900);
		assertThat(result).bodyJson().extractingPath("$.user.last_login").isNotNull();
	}

	@Test
	void roleSpecificLoginRefusesOtherRoles() {
		SignedIn employer = users.employer();
		MvcTestResult wrong = login(employer.email(), employer.password(), "candidate");
		assertThat(wrong).hasStatus(403);
		assertThat(wrong).bodyJson().extractingPath("$.code").isEqualTo("wrong_role");
		assertThat(login(employer.email(), employer.password(), "employer")).hasStatusOk();
	}

	@Test
	void repeatedFailuresLockTheEmailOutWhetherOrNotItHasAnAccount() {
		SignedIn user = users.candidate();
		String ghost = TestUsers.uniqueEmail("ghost");
		for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
			assertThat(login(user.email(), "Wrong-Password-" + i, null)).hasStatus(401);
			assertThat(login(ghost, "Wrong-Password-" + i, null)).hasStatus(401);
		}
		for (String email : new String[] { user.email(), ghost }) {
			MvcTestResult locked = login(email, "Wrong-Password-x", null);
			assertThat(locked).hasStatus(429);
			assertThat(locked).bodyJson().extractingPath("$.code").isEqualTo("account_locked");
			assertThat(locked).headers().containsHeader("Retry-After");
		}
		assertThat(login(user.email(), user.password(), null)).hasStatus(429);
	}

	private MvcTestResult register(String email, String password, String role) {
		return Api.post(mvc, REGISTER, null,
				"{\"email\": \"%s\", \"password\": \"%s\", \"first_name\": \"Ann\", \"last_name\": \"Smith\", \"role\": \"%s\"}"
					.formatted(email, password, role));
	}

	private MvcTestResult login(String email, String password, String role) {
		String roleField = (role != null) ? ", \"role\": \"" + role + "\"" : "";
		return Api.post(mvc, LOGIN, null,
				"{\"email\": \"%s\", \"password\": \"%s\"%s}".formatted(email, password, roleField));
	}

}
