package io.openhire.notifications;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.openhire.Api;
import io.openhire.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole sign-in story through HTTP and a real SMTP exchange: register, verify the
 * address with the token from the mail, sign in, refresh, sign out (old tokens refused),
 * reset the password by mail, and sign in with a magic link.
 */
@SmtpTest
class SignInByMailFlowTests {

	private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_%\\-]+)");

	private static final String API = "/api/v1/auth";

	@Autowired
	MockMvcTester mvc;

	@Test
	void registerVerifySignInRefreshSignOutResetAndMagicLink() {
		String email = TestUsers.uniqueEmail("story");
		MvcTestResult registered = Api.post(mvc, API + "/register", null,
				"{\"email\": \"%s\", \"password\": \"%s\", \"first_name\": \"Nina\", \"last_name\": \"Nurse\", \"role\": \"candidate\"}"
					.formatted(email, TestUsers.PASSWORD));
		assertThat(registered).hasStatus(201);

		String verification = tokenFromMail(email, 1);
		assertThat(Api.post(mvc, API + "/verify-email", null, "{\"token\": \"%s\"}".formatted(verification)))
			.hasStatus(204);

		MvcTestResult login = login(email, TestUsers.PASSWORD);
		assertThat(login).hasStatusOk();
		assertThat(login).bodyJson().extractingPath("$.user.is_email_verified").isEqualTo(true);
		String access = Api.read(login, "$.access");
		String refresh = Api.read(login, "$.refresh");

		MvcTestResult refreshed = Api.post(mvc, API + "/refresh", null, "{\"refresh\": \"%s\"}".formatted(refresh));
		assertThat(refreshed).hasStatusOk();
		String newAccess = Api.read(refreshed, "$.access");
		String newRefresh = Api.read(refreshed, "$.refresh");

		assertThat(Api.post(mvc, API + "/logout", "Bearer " + newAccess, "{\"refresh\": \"%s\"}".formatted(newRefresh)))
			.hasStatus(204);
		assertThat(Api.get(mvc, API + "/me", "Bearer " + newAccess)).hasStatus(401);
		assertThat(Api.post(mvc, API + "/refresh", null, "{\"refresh\": \"%s\"}".formatted(newRefresh))).hasStatus(401);
		// so does the access token issued before the refresh: the whole session ended
		assertThat(Api.get(mvc, API + "/me", "Bearer " + access)).hasStatus(401);
		String access2 = Api.read(login(email, TestUsers.PASSWORD), "$.access");

		assertThat(Api.post(mvc, API + "/password/reset", null, "{\"email\": \"%s\"}".formatted(email))).hasStatus(202);
		String reset = tokenFromMail(email, 2);
		String newPassword = "Night-Shift-Passphrase-3";
		assertThat(Api.post(mvc, API + "/password/reset/confirm", null,
				"{\"token\": \"%s\", \"new_password\": \"%s\"}".formatted(reset, newPassword)))
			.hasStatus(204);
		assertThat(Api.get(mvc, API + "/me", "Bearer " + access2)).hasStatus(401);
		assertThat(login(email, TestUsers.PASSWORD)).hasStatus(401);
		assertThat(login(email, newPassword)).hasStatusOk();

		assertThat(Api.post(mvc, API + "/magic-link", null, "{\"email\": \"%s\"}".formatted(email))).hasStatus(202);
		String magic = tokenFromMail(email, 3);
		MvcTestResult magicLogin = Api.post(mvc, API + "/magic-link/confirm", null,
				"{\"token\": \"%s\"}".formatted(magic));
		assertThat(magicLogin).hasStatusOk();
		assertThat(Api.get(mvc, API + "/me", "Bearer " + Api.read(magicLogin, "$.access"))).bodyJson()
			.extractingPath("$.email")
			.isEqualTo(email);
	}

	private MvcTestResult login(String email, String password) {
		return Api.post(mvc, API + "/login", null,
				"{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, password));
	}

	/**
	 * The token in the link of the {@code count}-th mail to {@code email}, once it
	 * arrived.
	 */
	private static String tokenFromMail(String email, int count) {
		List<ReceivedMail> mails = await().atMost(Duration.ofSeconds(20))
			.until(() -> TestSmtpServer.receivedBy(email).stream().map(ReceivedMail::of).toList(),
					(received) -> received.size() >= count);
		Matcher link = TOKEN.matcher(mails.get(count - 1).text());
		assertThat(link.find()).as("a link with a token").isTrue();
		return URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
	}

}
