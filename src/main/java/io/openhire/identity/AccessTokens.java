package io.openhire.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.openhire.shared.CurrentUser;
import io.openhire.shared.Ids;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** Issues signed access tokens (JWT, HS256). */
@Component
class AccessTokens {

	record Issued(String value, long expiresInSeconds) {
	}

	private final JwtEncoder encoder;

	private final TokenSettings settings;

	private final Clock clock;

	AccessTokens(JwtEncoder encoder, TokenSettings settings, Clock clock) {
		this.encoder = encoder;
		this.settings = settings;
		this.clock = clock;
	}

	/** An access token of {@code user} for the sign-in session {@code sessionId}. */
	Issued issue(User user, UUID sessionId) {
		Instant now = clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(TokenSettings.ISSUER)
			.subject(user.id().toString())
			.id(Ids.newId().toString())
			.issuedAt(now)
			.expiresAt(now.plus(settings.accessTokenTtl()))
			.claim(CurrentUser.ROLE_CLAIM, user.role().value())
			.claim(CurrentUser.SESSION_CLAIM, sessionId.toString())
			.claim(AccessTokenValidator.VERSION_CLAIM, user.tokenVersion())
			.build();
		String value = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
			.getTokenValue();
		return new Issued(value, settings.accessTokenTtl().toSeconds());
	}

}
