package io.openhire.identity;

import java.util.UUID;

import io.openhire.shared.CurrentUser;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses signed, unexpired access tokens that must no longer work: of a session that
 * ended (logout, refresh-token reuse) or revoked one by one, of a deactivated or unknown
 * account, or issued before the account's token version moved on (password change or
 * reset, role change, deactivation, erasure).
 */
class AccessTokenValidator implements OAuth2TokenValidator<Jwt> {

	static final String VERSION_CLAIM = "ver";

	private final RevokedAccessTokens revoked;

	private final TokenStates states;

	AccessTokenValidator(RevokedAccessTokens revoked, TokenStates states) {
		this.revoked = revoked;
		this.states = states;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt jwt) {
		if (jwt.getId() == null || jwt.getSubject() == null || jwt.getClaim(CurrentUser.ROLE_CLAIM) == null
				|| jwt.getClaim(VERSION_CLAIM) == null) {
			return invalid("The token lacks required claims.");
		}
		String session = jwt.getClaimAsString(CurrentUser.SESSION_CLAIM);
		if (revoked.isRevoked(RevokedAccessTokens.token(jwt.getId()))
				|| (session != null && revoked.isRevoked(RevokedAccessTokens.session(session)))) {
			return invalid("The token was revoked.");
		}
		UUID userId;
		try {
			userId = UUID.fromString(jwt.getSubject());
		}
		catch (IllegalArgumentException ex) {
			return invalid("The token names no user.");
		}
		Number version = jwt.getClaim(VERSION_CLAIM);
		return states.of(userId)
			.filter(TokenStates.TokenState::active)
			.filter((state) -> state.tokenVersion() == version.intValue())
			.map((state) -> OAuth2TokenValidatorResult.success())
			.orElseGet(() -> invalid("The token is no longer valid."));
	}

	private static OAuth2TokenValidatorResult invalid(String description) {
		return OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null));
	}

}
