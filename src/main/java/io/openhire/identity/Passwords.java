package io.openhire.identity;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.CurrentUser;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password change and reset. Both raise the account's token version, so every access
 * token issued before refuses at once; a change keeps the caller's own session (its
 * refresh token still works), a reset ends them all.
 */
@Service
@Transactional
class Passwords {

	private final Users users;

	private final UserAccounts accounts;

	private final PasswordEncoder encoder;

	private final Sessions sessions;

	private final EmailedTokens emailedTokens;

	private final TokenStates tokenStates;

	private final SecurityAudit audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Passwords(Users users, UserAccounts accounts, PasswordEncoder encoder, Sessions sessions,
			EmailedTokens emailedTokens, TokenStates tokenStates, SecurityAudit audit, ApplicationEventPublisher events,
			Clock clock) {
		this.users = users;
		this.accounts = accounts;
		this.encoder = encoder;
		this.sessions = sessions;
		this.emailedTokens = emailedTokens;
		this.tokenStates = tokenStates;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	void change(CurrentUser caller, String currentPassword, String newPassword) {
		User user = users.findById(caller.id()).orElseThrow(() -> ApiProblem.notFound("No such user."));
		if (!encoder.matches(currentPassword, user.passwordHash())) {
			throw ApiProblem.invalid(Map.of("current_password", List.of("The current password is wrong.")));
		}
		accounts.checkPassword("new_password", newPassword);
		user.changePassword(encoder.encode(newPassword), clock.instant());
		sessions.endAllExcept(user.id(), java.util.UUID.fromString(caller.sessionId()));
		tokenStates.changed(user.id());
		audit.record(user.id(), "password_changed", user.id());
	}

	/**
	 * Emails a reset token if the address has an active account; says nothing either way.
	 */
	void requestReset(String email) {
		users.findByEmailNormalized(User.normalize(email)).filter(User::active).ifPresent((user) -> {
			EmailedTokens.Issued token = emailedTokens.issue(user.id(), OneTimeToken.Purpose.PASSWORD_RESET,
					EmailedTokens.PASSWORD_RESET_TTL);
			events.publishEvent(new PasswordResetRequested(user.id(), user.email(), user.firstName(), token.value(),
					token.expiresAt()));
		});
	}

	void confirmReset(String token, String newPassword) {
		accounts.checkPassword("new_password", newPassword);
		User user = emailedTokens.use(token, OneTimeToken.Purpose.PASSWORD_RESET)
			.flatMap(users::findById)
			.filter(User::active)
			.orElseThrow(() -> ApiProblem.badRequest("invalid_token", "The link is invalid, expired or used."));
		user.changePassword(encoder.encode(newPassword), clock.instant());
		user.markEmailVerified();
		sessions.endAll(user.id());
		tokenStates.changed(user.id());
		audit.record(null, "password_reset", user.id());
	}

}
