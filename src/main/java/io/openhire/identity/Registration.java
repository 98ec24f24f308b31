package io.openhire.identity;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.CurrentUser;
import io.openhire.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Self-registration of candidates and employers, and email verification. */
@Service
@Transactional
class Registration {

	private final UserAccounts accounts;

	private final Users users;

	private final Sessions sessions;

	private final EmailedTokens emailedTokens;

	private final ApplicationEventPublisher events;

	Registration(UserAccounts accounts, Users users, Sessions sessions, EmailedTokens emailedTokens,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.users = users;
		this.sessions = sessions;
		this.emailedTokens = emailedTokens;
		this.events = events;
	}

	SignIn.Result register(String email, String password, String firstName, String lastName, Role role) {
		if (role == Role.ADMIN) {
			throw ApiProblem.invalid("role", "Register as a candidate or an employer.");
		}
		User user = accounts.create(email, password, firstName, lastName, role);
		sendVerification(user);
		return new SignIn.Result(sessions.start(user), user);
	}

	void verifyEmail(String token) {
		User user = emailedTokens.use(token, OneTimeToken.Purpose.VERIFY_EMAIL)
			.flatMap(users::findById)
			.orElseThrow(() -> ApiProblem.badRequest("invalid_token", "The link is invalid, expired or used."));
		user.markEmailVerified();
	}

	void resendVerification(CurrentUser caller) {
		users.findById(caller.id()).filter((user) -> !user.emailVerified()).ifPresent(this::sendVerification);
	}

	private void sendVerification(User user) {
		EmailedTokens.Issued token = emailedTokens.issue(user.id(), OneTimeToken.Purpose.VERIFY_EMAIL,
				EmailedTokens.VERIFY_EMAIL_TTL);
		events.publishEvent(new EmailVerificationRequested(user.id(), user.email(), user.firstName(), token.value(),
				token.expiresAt()));
	}

}
