package io.openhire.identity;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.CurrentUser;
import io.openhire.shared.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in and out: password (optionally for a given role), magic link, refresh,
 * logout. Unknown email and wrong password answer the same, after the same password-hash
 * work.
 */
@Service
@Transactional
class SignIn {

	/** A successful sign-in: tokens and the user. */
	record Result(Sessions.Tokens tokens, User user) {
	}

	private final Users users;

	private final PasswordEncoder passwords;

	private final Sessions sessions;

	private final LoginThrottle throttle;

	private final EmailedTokens emailedTokens;

	private final RevokedAccessTokens revoked;

	private final SecurityAudit audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	/** Hash compared against when the email is unknown, so both cases take as long. */
	private final DecoyHash decoyHash;

	SignIn(Users users, PasswordEncoder passwords, Sessions sessions, LoginThrottle throttle,
			EmailedTokens emailedTokens, RevokedAccessTokens revoked, SecurityAudit audit,
			ApplicationEventPublisher events, Clock clock, DecoyHash decoyHash) {
		this.users = users;
		this.passwords = passwords;
		this.sessions = sessions;
		this.throttle = throttle;
		this.emailedTokens = emailedTokens;
		this.revoked = revoked;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.decoyHash = decoyHash;
	}

	@Transactional(noRollbackFor = ApiProblem.class)
	Result withPassword(String email, String password, @Nullable Role role) {
		String normalized = User.normalize(email);
		throttle.checkNotLocked(normalized);
		Optional<User> found = users.findByEmailNormalized(normalized);
		boolean matches = passwords.matches(password, found.map(User::passwordHash).orElseGet(decoyHash::value));
		if (found.isEmpty() || !matches) {
			throttle.failed(normalized);
			// the address is kept only when it has no account: the user id names known
			// ones,
			// and an erased account's address must not linger in the log
			audit.record(found.map(User::id).orElse(null), "login_failed", found.map(User::id).orElse(null),
					found.isPresent() ? Map.of() : Map.of("email", normalized));
			throw new ApiProblem(HttpStatus.UNAUTHORIZED, "invalid_credentials", "The email or password is wrong.");
		}
		User user = found.get();
		if (!user.active()) {
			throw ApiProblem.forbidden("account_disabled", "This account is deactivated.");
		}
		if (role != null && role != user.role()) {
			throw ApiProblem.forbidden("wrong_role", "This account is not a " + role.value() + " account.");
		}
		throttle.succeeded(normalized);
		return signedIn(user, "login_succeeded");
	}

	void sendMagicLink(String email) {
		users.findByEmailNormalized(User.normalize(email)).filter(User::active).ifPresent((user) -> {
			EmailedTokens.Issued token = emailedTokens.issue(user.id(), OneTimeToken.Purpose.MAGIC_LINK,
					EmailedTokens.MAGIC_LINK_TTL);
			events.publishEvent(new MagicLinkRequested(user.id(), user.email(), user.firstName(), token.value(),
					token.expiresAt()));
		});
	}

	/**
	 * Signs in with a magic-link token; following the link also proves the email address.
	 */
	Result withMagicLink(String token) {
		User user = emailedTokens.use(token, OneTimeToken.Purpose.MAGIC_LINK)
			.flatMap(users::findById)
			.filter(User::active)
			.orElseThrow(() -> ApiProblem.badRequest("invalid_token", "The link is invalid, expired or used."));
		user.markEmailVerified();
		return signedIn(user, "magic_link_login");
	}

	Sessions.Tokens refresh(String refreshToken) {
		return sessions.refresh(refreshToken);
	}

	/**
	 * Ends the caller's session: the refresh token, the current access token and every
	 * other access token of the session stop working at once.
	 */
	void logout(CurrentUser caller, String refreshToken, java.time.Instant accessTokenExpiresAt) {
		sessions.end(caller.id(), refreshToken);
		revoked.revoke(RevokedAccessTokens.token(caller.tokenId()), accessTokenExpiresAt);
		sessions.refuseAccessTokens(java.util.UUID.fromString(caller.sessionId()));
		audit.record(caller.id(), "logout", caller.id());
	}

	private Result signedIn(User user, String action) {
		user.signedIn(clock.instant());
		audit.record(user.id(), action, user.id());
		return new Result(sessions.start(user), user);
	}

}
