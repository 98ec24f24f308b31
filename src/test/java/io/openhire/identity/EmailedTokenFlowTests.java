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

/**
 * Verification, password reset and magic links, with the token taken from the event that
 * asks for the email (the SMTP round trip is tested with GreenMail in the notifications
 * module).
 */
@ApiTest
@RecordApplicationEvents
class EmailedTokenFlowTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	ApplicationEvents events;

	@Test
	void registrationSendsAVerificationTokenThatWorksOnce() {
		SignedIn user = users.candidate();
		String token = events.stream(EmailVerificationRequested.class)
			.filter((event) -> event.userId().equals(user.id()))
			.findFirst()
			.orElseThrow()
			.token();
		assertThat(Api.post(mvc, "/api/v1/auth/verify-email", null, token(token))).hasStatus(204);
		assertThat(Api.get(mvc, "/api/v1/auth/me", user.bearer())).bodyJson()
			.extractingPath("$.is_email_verified")
			.isEqualTo(true);
		MvcTestResult again = Api.post(mvc, "/api/v1/auth/verify-email", null, token(token));
		assertThat(again).hasStatus(400);
		assertThat(again).bodyJson().extractingPath("$.code").isEqualTo("invalid_token");
	}

	@Test
	void resendIssuesANewTokenAndVoidsTheOld() {
		SignedIn user = users.employer();
		assertThat(Api.post(mvc, "/api/v1/auth/verify-email/resend", user.bearer(), "")).hasStatus(202);
		var tokens = events.stream(EmailVerificationRequested.class)
			.filter((event) -> event.userId().equals(user.id()))
			.map(EmailVerificationRequested::token)
			.toList();
		assertThat(tokens).hasSize(2);
		assertThat(Api.post(mvc, "/api/v1/auth/verify-email", null, token(tokens.get(0)))).hasStatus(400);
		assertThat(Api.post(mvc, "/api/v1/auth/verify-email", null, token(tokens.get(1)))).hasStatus(204);
	}

	@Test
	void passwordResetAlwaysAnswers202AndSendsOnlyToAccounts() {
		SignedIn user = users.candidate();
		String ghost = TestUsers.uniqueEmail("ghost");
		assertThat(Api.post(mvc, "/api/v1/auth/password/reset", null, email(ghost))).hasStatus(202);
		assertThat(events.stream(PasswordResetRequested.class).filter((event) -> event.email().equals(ghost)))
			.isEmpty();
		assertThat(Api.post(mvc, "/api/v1/auth/password/reset", null, email(user.email()))).hasStatus(202);
		String token = events.stream(PasswordResetRequested.class)
			.filter((event) -> event.userId().equals(user.id()))
			.findFirst()
			.orElseThrow()
			.token();

		MvcTestResult weak = Api.post(mvc, "/api/v1/auth/password/reset/confirm", null,
				"{\"token\": \"%s\", \"new_password\": \"weak\"}".formatted(token));
		assertThat(weak).hasStatus(400);
		assertThat(weak).bodyJson().extractingPath("$.errors.new_password").asArray().isNotEmpty();

		String newPassword = "Brand-New-Passphrase-8";
		assertThat(Api.post(mvc, "/api/v1/auth/password/reset/confirm", null,
				"{\"token\": \"%s\", \"new_password\": \"%s\"}".formatted(token, newPassword)))
			.hasStatus(204);
		assertThat(Api.get(mvc, "/api/v1/auth/me", user.bearer())).hasStatus(401);
		assertThat(Api.post(mvc, "/api/v1/auth/refresh", null, "{\"refresh\": \"%s\"}".formatted(user.refreshToken())))
			.hasStatus(401);
		assertThat(users.login(user.email(), newPassword).accessToken()).isNotBlank();
		assertThat(Api.post(mvc, "/api/v1/auth/password/reset/confirm", null,
				"{\"token\": \"%s\", \"new_password\": \"Yet-Another-Passphrase-9\"}".formatted(token)))
			.hasStatus(400);
	}

	@Test
	void magicLinkSignsInOnceAndVerifiesTheEmail() {
		SignedIn user = users.candidate();
		assertThat(Api.post(mvc, "/api/v1/auth/magic-link", null, email(TestUsers.uniqueEmail("ghost"))))
			.hasStatus(202);
		assertThat(Api.post(mvc, "/api/v1/auth/magic-link", null, email(user.email()))).hasStatus(202);
		String token = events.stream(MagicLinkRequested.class)
			.filter((event) -> event.userId().equals(user.id()))
			.findFirst()
			.orElseThrow()
			.token();
		MvcTestResult signedIn = Api.post(mvc, "/api/v1/auth/magic-link/confirm", null, token(token));
		assertThat(signedIn).hasStatusOk();
		assertThat(signedIn).bodyJson().extractingPath("$.user.is_email_verified").isEqualTo(true);
		String access = Api.read(signedIn, "$.access");
		assertThat(Api.get(mvc, "/api/v1/auth/me", "Bearer " + access)).hasStatusOk();
		assertThat(Api.post(mvc, "/api/v1/auth/magic-link/confirm", null, token(token))).hasStatus(400);
	}

	private static String token(String token) {
		return "{\"token\": \"%s\"}".formatted(token);
	}

	private static String email(String email) {
		return "{\"email\": \"%s\"}".formatted(email);
	}

}
