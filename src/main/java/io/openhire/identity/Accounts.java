package io.openhire.identity;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.CurrentUser;
import io.openhire.shared.PersonalData;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The caller's own account: read, rename, export everything held, erase. */
@Service
@Transactional
class Accounts {

	private final Users users;

	private final RefreshTokens refreshTokens;

	private final PasswordEncoder encoder;

	private final Sessions sessions;

	private final TokenStates tokenStates;

	private final List<PersonalData> otherModules;

	private final SecurityAudit audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Accounts(Users users, RefreshTokens refreshTokens, PasswordEncoder encoder, Sessions sessions,
			TokenStates tokenStates, List<PersonalData> otherModules, SecurityAudit audit,
			ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.refreshTokens = refreshTokens;
		this.encoder = encoder;
		this.sessions = sessions;
		this.tokenStates = tokenStates;
		this.otherModules = otherModules;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	User get(UUID userId) {
		return users.findById(userId).orElseThrow(() -> ApiProblem.notFound("No such user."));
	}

	User rename(UUID userId, @Nullable String firstName, @Nullable String lastName) {
		User user = get(userId);
		user.rename(firstName, lastName);
		return user;
	}

	/**
	 * Everything held about the user: the account, live sessions, and every module's
	 * part.
	 */
	@Transactional(readOnly = true)
	Map<String, Object> export(UUID userId) {
		User user = get(userId);
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("exported_at", clock.instant());
		export.put("user", UserView.of(user));
		export.put("sessions",
				refreshTokens.findLive(userId, clock.instant())
					.stream()
					.map((token) -> Map.of("session_id", token.familyId(), "issued_at", token.issuedAt(), "expires_at",
							token.expiresAt()))
					.toList());
		otherModules.forEach((module) -> export.put(module.section(), module.export(userId)));
		return export;
	}

	/**
	 * Erases the caller's account after checking the password: personal data is removed,
	 * every session ends, and {@link UserErased} tells the other modules to remove
	 * theirs.
	 */
	void erase(CurrentUser caller, String password) {
		User user = get(caller.id());
		if (!encoder.matches(password, user.passwordHash())) {
			throw ApiProblem.invalid(Map.of("password", List.of("The password is wrong.")));
		}
		user.erase(encoder.encode(TokenSecrets.newValue()));
		sessions.endAll(user.id());
		tokenStates.changed(user.id());
		audit.record(user.id(), "user_erased", user.id());
		events.publishEvent(new UserErased(user.id(), clock.instant()));
	}

}
