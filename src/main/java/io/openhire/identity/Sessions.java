package io.openhire.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.Ids;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in sessions: a session is a family of refresh tokens, each spent on use and
 * replaced. Presenting a spent token means it leaked (or the client is broken): the whole
 * family is revoked and the caller has to sign in again.
 */
@Component
class Sessions {

	/** What a client keeps after signing in or refreshing. */
	record Tokens(String access, String refresh, long expiresIn) {
	}

	private final RefreshTokens refreshTokens;

	private final Users users;

	private final AccessTokens accessTokens;

	private final TokenSettings settings;

	private final SecurityAudit audit;

	private final RevokedAccessTokens revoked;

	private final Clock clock;

	Sessions(RefreshTokens refreshTokens, Users users, AccessTokens accessTokens, TokenSettings settings,
			SecurityAudit audit, RevokedAccessTokens revoked, Clock clock) {
		this.refreshTokens = refreshTokens;
		this.users = users;
		this.accessTokens = accessTokens;
		this.settings = settings;
		this.audit = audit;
		this.revoked = revoked;
		this.clock = clock;
	}

	/** Starts a new session for {@code user}. */
	Tokens start(User user) {
		return issue(user, Ids.newId());
	}

	/**
	 * Spends {@code refreshValue} and continues its session with new tokens. Runs in its
	 * own transaction so that a detected reuse stays revoked although the call fails.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW, noRollbackFor = ApiProblem.class)
	Tokens refresh(String refreshValue) {
		Instant now = clock.instant();
		RefreshToken token = refreshTokens.findByTokenHash(TokenSecrets.hash(refreshValue))
			.orElseThrow(Sessions::invalid);
		if (token.spent() || refreshTokens.spend(token.id(), now) == 0) {
			refreshTokens.revokeFamily(token.familyId(), now);
			refuseAccessTokens(token.familyId());
			audit.record(token.userId(), "refresh_token_reused", token.userId());
			throw invalid();
		}
		if (token.expired(now)) {
			throw invalid();
		}
		User user = users.findById(token.userId()).filter(User::active).orElseThrow(Sessions::invalid);
		return issue(user, token.familyId());
	}

	/** Ends the session of {@code refreshValue} if it is one of {@code userId}'s. */
	void end(UUID userId, String refreshValue) {
		refreshTokens.findByTokenHash(TokenSecrets.hash(refreshValue))
			.filter((token) -> token.userId().equals(userId))
			.ifPresent((token) -> refreshTokens.revokeFamily(token.familyId(), clock.instant()));
	}

	/** Refuses every access token of the session until the newest would have expired. */
	void refuseAccessTokens(UUID sessionId) {
		revoked.revoke(RevokedAccessTokens.session(sessionId.toString()),
				clock.instant().plus(settings.accessTokenTtl()));
	}

	void endAll(UUID userId) {
		refreshTokens.revokeAllOf(userId, clock.instant());
	}

	void endAllExcept(UUID userId, UUID keptSession) {
		refreshTokens.revokeAllOfExcept(userId, keptSession, clock.instant());
	}

	private Tokens issue(User user, UUID sessionId) {
		Instant now = clock.instant();
		String refreshValue = TokenSecrets.newValue();
		refreshTokens.save(new RefreshToken(user.id(), sessionId, TokenSecrets.hash(refreshValue), now,
				now.plus(settings.refreshTokenTtl())));
		AccessTokens.Issued access = accessTokens.issue(user, sessionId);
		return new Tokens(access.value(), refreshValue, access.expiresInSeconds());
	}

	private static ApiProblem invalid() {
		return new ApiProblem(HttpStatus.UNAUTHORIZED, "invalid_refresh_token",
				"The refresh token is invalid, expired or already used. Sign in again.");
	}

}
