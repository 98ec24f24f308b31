package io.openhire.identity;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Access tokens that must not work, each refused with 401. */
@ApiTest
class TokenAttackTests {

	private static final String ME = "/api/v1/auth/me";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	JwtEncoder encoder;

	@Autowired
	SecretKey signingKey;

	@Test
	void unsignedTokenWithAlgNoneIsRefused() {
		SignedIn user = users.candidate();
		String[] parts = user.accessToken().split("\\.");
		String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
		assertRefused(header + "." + parts[1] + ".");
	}

	@Test
	void tokenSignedWithAnotherKeyIsRefused() {
		SignedIn user = users.candidate();
		SecretKey other = new SecretKeySpec("another-key-another-key-another-key!".getBytes(StandardCharsets.UTF_8),
				"HmacSHA256");
		String forged = new TokenKeys().jwtEncoder(other)
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
					claims(user, "admin", 0).build()))
			.getTokenValue();
		assertRefused(forged);
	}

	@Test
	void tamperedPayloadIsRefused() {
		SignedIn user = users.candidate();
		String[] parts = user.accessToken().split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("\"candidate\"", "\"admin\"");
		assertRefused(parts[0] + "." + base64(payload) + "." + parts[2]);
	}

	@Test
	void expiredTokenIsRefused() {
		SignedIn user = users.candidate();
		Instant past = Instant.now().minusSeconds(3600);
		assertRefused(sign(claims(user, "candidate", 0).issuedAt(past.minusSeconds(900)).expiresAt(past)));
	}

	@Test
	void tokenOfAnOlderTokenVersionIsRefused() {
		SignedIn user = users.candidate();
		assertThat(Api.get(mvc, ME, "Bearer " + sign(claims(user, "candidate", 0)))).hasStatusOk();
		assertRefused(sign(claims(user, "candidate", -1)));
	}

	@Test
	void tokenIssuedBeforeAPasswordChangeIsRefused() {
		SignedIn user = users.employer();
		MvcTestResult change = Api.post(mvc, "/api/v1/auth/password/change", user.bearer(),
				"{\"current_password\": \"%s\", \"new_password\": \"Another-Sturdy-Passphrase-7\"}"
					.formatted(user.password()));
		assertThat(change).hasStatus(204);
		assertRefused(user.accessToken());
		// the session that changed the password goes on: its refresh token still works
		assertThat(Api.post(mvc, "/api/v1/auth/refresh", null, "{\"refresh\": \"%s\"}".formatted(user.refreshToken())))
			.hasStatusOk();
	}

	@Test
	void tokenOfADeactivatedUserIsRefusedAtOnce() {
		SignedIn admin = users.admin();
		SignedIn user = users.candidate();
		assertThat(Api.post(mvc, "/api/v1/admin/users/" + user.id() + "/deactivate", admin.bearer(), "")).hasStatusOk();
		assertRefused(user.accessToken());
		assertThat(Api.post(mvc, "/api/v1/auth/refresh", null, "{\"refresh\": \"%s\"}".formatted(user.refreshToken())))
			.hasStatus(401);
		MvcTestResult login = Api.post(mvc, "/api/v1/auth/login", null,
				"{\"email\": \"%s\", \"password\": \"%s\"}".formatted(user.email(), user.password()));
		assertThat(login).hasStatus(403);
		assertThat(login).bodyJson().extractingPath("$.code").isEqualTo("account_disabled");
	}

	@Test
	void garbageIsRefused() {
		assertRefused("not.a.token");
		assertRefused("");
	}

	private void assertRefused(String token) {
		MvcTestResult result = Api.get(mvc, ME, "Bearer " + token);
		assertThat(result).hasStatus(401);
		assertThat(result).headers().containsHeader("WWW-Authenticate");
		assertThat(result).bodyJson().extractingPath("$.code").isEqualTo("unauthorized");
	}

	private JwtClaimsSet.Builder claims(SignedIn user, String role, int version) {
		Instant now = Instant.now();
		return JwtClaimsSet.builder()
			.issuer("openhire")
			.subject(user.id().toString())
			.id(java.util.UUID.randomUUID().toString())
			.issuedAt(now)
			.expiresAt(now.plusSeconds(600))
			.claim("role", role)
			.claim("sid", java.util.UUID.randomUUID().toString())
			.claim("ver", version);
	}

	private String sign(JwtClaimsSet.Builder claims) {
		return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
			.getTokenValue();
	}

	private static String base64(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

}
