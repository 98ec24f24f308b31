package io.openhire.identity;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in sessions through HTTP: tokens work, rotate, and stop working when they must.
 */
@ApiTest
class SessionFlowTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Test
	void registeredUserCanReadThemself() {
		SignedIn candidate = users.candidate();
		MvcTestResult me = mvc.get().uri("/api/v1/auth/me").header("Authorization", candidate.bearer()).exchange();
		assertThat(me).hasStatusOk();
		assertThat(me).bodyJson().extractingPath("$.email").isEqualTo(candidate.email());
		assertThat(me).bodyJson().extractingPath("$.role").isEqualTo("candidate");
		assertThat(me).bodyJson().extractingPath("$.is_active").isEqualTo(true);
		assertThat(me).bodyJson().extractingPath("$.is_email_verified").isEqualTo(false);
		assertThat(me).bodyJson().doesNotHavePath("$.password_hash");
	}

	@Test
	void refreshRotatesAndReuseRevokesTheWholeFamily() {
		SignedIn user = users.employer();
		MvcTestResult first = refresh(user.refreshToken());
		assertThat(first).hasStatusOk();
		String second = (String) com.jayway.jsonpath.JsonPath
			.read(first.getResponse().getContentAsByteArray().length > 0
					? new String(first.getResponse().getContentAsByteArray()) : "{}", "$.refresh");
		assertThat(second).isNotEqualTo(user.refreshToken());

		String secondAccess = Api.read(first, "$.access");
		assertThat(Api.get(mvc, "/api/v1/auth/me", "Bearer " + secondAccess)).hasStatusOk();

		MvcTestResult reuse = refresh(user.refreshToken());
		assertThat(reuse).hasStatus(401);
		assertThat(reuse).bodyJson().extractingPath("$.code").isEqualTo("invalid_refresh_token");
		assertThat(refresh(second)).hasStatus(401);
		// the access tokens of the compromised session stop too
		assertThat(Api.get(mvc, "/api/v1/auth/me", "Bearer " + secondAccess)).hasStatus(401);
		assertThat(Api.get(mvc, "/api/v1/auth/me", user.bearer())).hasStatus(401);
	}

	@Test
	void logoutEndsOnlyItsOwnSession() {
		SignedIn user = users.candidate();
		SignedIn otherDevice = users.login(user.email(), user.password());
		assertThat(Api.post(mvc, "/api/v1/auth/logout", user.bearer(),
				"{\"refresh\": \"%s\"}".formatted(user.refreshToken())))
			.hasStatus(204);
		assertThat(Api.get(mvc, "/api/v1/auth/me", user.bearer())).hasStatus(401);
		assertThat(Api.get(mvc, "/api/v1/auth/me", otherDevice.bearer())).hasStatusOk();
		assertThat(refresh(otherDevice.refreshToken())).hasStatusOk();
	}

	@Test
	void logoutStopsTheRefreshTokenAndTheAccessTokenAtOnce() {
		SignedIn user = users.candidate();
		MvcTestResult logout = mvc.post()
			.uri("/api/v1/auth/logout")
			.header("Authorization", user.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"refresh\": \"%s\"}".formatted(user.refreshToken()))
			.exchange();
		assertThat(logout).hasStatus(204);
		assertThat(mvc.get().uri("/api/v1/auth/me").header("Authorization", user.bearer()).exchange()).hasStatus(401);
		assertThat(refresh(user.refreshToken())).hasStatus(401);
	}

	private MvcTestResult refresh(String token) {
		return mvc.post()
			.uri("/api/v1/auth/refresh")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"refresh\": \"%s\"}".formatted(token))
			.exchange();
	}

}
