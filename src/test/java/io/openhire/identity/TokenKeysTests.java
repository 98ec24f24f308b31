package io.openhire.identity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import javax.crypto.SecretKey;

import io.openhire.shared.ConfigurationProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TokenKeysTests {

	private final TokenKeys keys = new TokenKeys();

	@TempDir
	Path dataDir;

	@Test
	void externalDeploymentWithoutSecretFailsFastWithAClearMessage() {
		assertThatExceptionOfType(ConfigurationProblem.class).isThrownBy(() -> keys.tokenSigningKey("", false, dataDir))
			.withMessageContaining("OPENHIRE_JWT_SECRET is not set")
			.satisfies((problem) -> assertThat(problem.action()).contains("at least 32 bytes"));
	}

	@Test
	void shortSecretIsRefused() {
		assertThatExceptionOfType(ConfigurationProblem.class)
			.isThrownBy(() -> keys.tokenSigningKey("too-short", false, dataDir))
			.withMessageContaining("at least 32");
	}

	@Test
	void embeddedDefaultGeneratesASecretOnceAndKeepsIt() throws Exception {
		SecretKey first = keys.tokenSigningKey("", true, dataDir);
		SecretKey second = keys.tokenSigningKey("", true, dataDir);
		assertThat(first.getEncoded()).isEqualTo(second.getEncoded()).hasSizeGreaterThanOrEqualTo(32);
		assertThat(Files.getPosixFilePermissions(dataDir.resolve("jwt-secret"))).hasSize(2);
	}

	@Test
	void tokensSignedWithTheKeyVerifyAndOthersDoNot() {
		SecretKey key = keys.tokenSigningKey("a".repeat(32) + "-secret", false, dataDir);
		SecretKey other = keys.tokenSigningKey("b".repeat(32) + "-secret", false, dataDir);
		String token = keys.jwtEncoder(key)
			.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(),
					JwtClaimsSet.builder().subject("u1").expiresAt(Instant.now().plusSeconds(60)).build()))
			.getTokenValue();
		assertThat(TokenKeys.verifier(key).decode(token).getSubject()).isEqualTo("u1");
		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> TokenKeys.verifier(other).decode(token));
	}

}
