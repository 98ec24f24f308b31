package io.openhire.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * Single-use tokens sent by email (verification, password reset, magic link). A new one
 * voids the user's earlier ones of the same purpose; using one is atomic.
 */
@Component
class EmailedTokens {

	static final Duration VERIFY_EMAIL_TTL = Duration.ofHours(48);

	static final Duration PASSWORD_RESET_TTL = Duration.ofHours(1);

	static final Duration MAGIC_LINK_TTL = Duration.ofMinutes(15);

	record Issued(String value, Instant expiresAt) {
	}

	private final OneTimeTokens tokens;

	private final Clock clock;

	EmailedTokens(OneTimeTokens tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	Issued issue(UUID userId, OneTimeToken.Purpose purpose, Duration ttl) {
		Instant now = clock.instant();
		tokens.voidAll(userId, purpose, now);
		String value = TokenSecrets.newValue();
		Instant expiresAt = now.plus(ttl);
		tokens.save(new OneTimeToken(userId, purpose, TokenSecrets.hash(value), now, expiresAt));
		return new Issued(value, expiresAt);
	}

	/** Uses the token if it is valid for {@code purpose}: the id of its user, once. */
	Optional<UUID> use(String value, OneTimeToken.Purpose purpose) {
		Instant now = clock.instant();
		return tokens.findUsable(TokenSecrets.hash(value), purpose, now)
			.filter((token) -> tokens.use(token.id(), now) == 1)
			.map(OneTimeToken::userId);
	}

}
