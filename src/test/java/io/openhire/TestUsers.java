package io.openhire;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.jayway.jsonpath.JsonPath;
import io.openhire.identity.UserAccounts;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signed-in users for API tests: each call makes a new account (unique email) through the
 * real endpoints and returns its tokens.
 */
@TestComponent
public class TestUsers {

	public static final String PASSWORD = "Sturdy-Passphrase-42";

	private static final AtomicLong SEQUENCE = new AtomicLong();

	private final MockMvcTester mvc;

	private final UserAccounts accounts;

	TestUsers(MockMvcTester mvc, UserAccounts accounts) {
		this.mvc = mvc;
		this.accounts = accounts;
	}

	/** A signed-in user with their tokens. */
	public record SignedIn(UUID id, String email, String password, String accessToken, String refreshToken) {

		public String bearer() {
			return "Bearer " + accessToken;
		}

	}

	public SignedIn admin() {
		String email = uniqueEmail("admin");
		accounts.createAdmin(email, PASSWORD);
		return login(email, PASSWORD);
	}

	public SignedIn candidate() {
		return register("candidate");
	}

	public SignedIn employer() {
		return register("employer");
	}

	public SignedIn register(String role) {
		String email = uniqueEmail(role);
		MvcTestResult result = mvc.post()
			.uri("/api/v1/auth/register")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"email": "%s", "password": "%s", "first_name": "Test", "last_name": "%s", "role": "%s"}"""
				.formatted(email, PASSWORD, role, role))
			.exchange();
		assertThat(result).hasStatus(201);
		return signedIn(result, email, PASSWORD);
	}

	public SignedIn login(String email, String password) {
		MvcTestResult result = mvc.post()
			.uri("/api/v1/auth/login")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, password))
			.exchange();
		assertThat(result).hasStatusOk();
		return signedIn(result, email, password);
	}

	public static String uniqueEmail(String kind) {
		return kind + "-" + System.nanoTime() + "-" + SEQUENCE.incrementAndGet() + "@openhire.test";
	}

	private static SignedIn signedIn(MvcTestResult result, String email, String password) {
		String body = new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
		return new SignedIn(UUID.fromString(JsonPath.read(body, "$.user.id")), email, password,
				JsonPath.read(body, "$.access"), JsonPath.read(body, "$.refresh"));
	}

}
