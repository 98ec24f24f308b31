package io.openhire.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import java.util.Locale;
import java.util.Map;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import io.openhire.shared.ConfigurationProblem;
import io.openhire.shared.CurrentUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * The keys that sign access tokens (HS256 with {@code OPENHIRE_JWT_SECRET}) and the
 * password hashing.
 * <p>
 * On the embedded default a missing secret is generated once and kept in the data folder,
 * so tokens survive restarts. Anywhere else (an external database means a real
 * deployment, possibly of several nodes that must share the key) a missing or short
 * secret stops the start with a clear message.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenSettings.class)
class TokenKeys {

	static final int MIN_SECRET_BYTES = 32;

	@Bean
	SecretKey tokenSigningKey(@Value("${openhire.jwt.secret:}") String secret,
			@Value("${openhire.embedded-database:true}") boolean embedded,
			@Value("${openhire.data-dir}") Path dataDir) {
		byte[] bytes = secret.isBlank() ? embeddedSecret(embedded, dataDir) : secret.getBytes(StandardCharsets.UTF_8);
		if (bytes.length < MIN_SECRET_BYTES) {
			throw new ConfigurationProblem(
					"OPENHIRE_JWT_SECRET is " + bytes.length + " bytes long; it must have at least " + MIN_SECRET_BYTES
							+ ".",
					"Set OPENHIRE_JWT_SECRET to a random value of at least " + MIN_SECRET_BYTES
							+ " bytes, for example: openssl rand -base64 48");
		}
		return new SecretKeySpec(bytes, "HmacSHA256");
	}

	/**
	 * Accepts only HS256 tokens signed with the key (so never {@code alg: none}), issued
	 * by Openhire, unexpired, and still valid for their account.
	 */
	@Bean
	JwtDecoder jwtDecoder(SecretKey tokenSigningKey, RevokedAccessTokens revoked, TokenStates states) {
		NimbusJwtDecoder decoder = verifier(tokenSigningKey);
		decoder.setJwtValidator(
				new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(TokenSettings.ISSUER),
						new AccessTokenValidator(revoked, states)));
		return decoder;
	}

	/**
	 * Authorities from the {@code role} claim: {@code ROLE_ADMIN}, {@code ROLE_EMPLOYER},
	 * ...
	 */
	@Bean
	JwtAuthenticationConverter jwtAuthenticationConverter() {
		JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
		roles.setAuthoritiesClaimName(CurrentUser.ROLE_CLAIM);
		roles.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter((jwt) -> roles.convert(jwt)
			.stream()
			.map((authority) -> (GrantedAuthority) new SimpleGrantedAuthority(
					authority.getAuthority().toUpperCase(Locale.ROOT)))
			.toList());
		return converter;
	}

	/**
	 * Checks signature and lifetime only; {@link #jwtDecoder} adds the account checks.
	 * The issuer stays the plain name it is: by default the claim is converted to a URL,
	 * which for {@code openhire} fails, and costs a thrown exception, on every request.
	 */
	static NimbusJwtDecoder verifier(SecretKey key) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
		decoder.setClaimSetConverter(MappedJwtClaimSetConverter
			.withDefaults(Map.of(JwtClaimNames.ISS, (issuer) -> (issuer != null) ? issuer.toString() : null)));
		return decoder;
	}

	@Bean
	JwtEncoder jwtEncoder(SecretKey tokenSigningKey) {
		return new NimbusJwtEncoder(new ImmutableSecret<>(tokenSigningKey));
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	private static byte[] embeddedSecret(boolean embedded, Path dataDir) {
		if (!embedded) {
			throw new ConfigurationProblem(
					"OPENHIRE_JWT_SECRET is not set. Outside the embedded default every node must sign tokens with the same configured secret.",
					"Set OPENHIRE_JWT_SECRET to a random value of at least " + MIN_SECRET_BYTES
							+ " bytes, for example: openssl rand -base64 48");
		}
		Path file = dataDir.resolve("jwt-secret");
		try {
			if (!Files.exists(file)) {
				byte[] random = new byte[48];
				new SecureRandom().nextBytes(random);
				Files.writeString(file, Base64.getEncoder().encodeToString(random));
				restrictToOwner(file);
			}
			return Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the token secret in " + file, ex);
		}
	}

	private static void restrictToOwner(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system; the folder's own permissions apply
		}
	}

}
