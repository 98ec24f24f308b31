package io.openhire.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts and answers questions about them; the identity module's API to the
 * rest of Openhire.
 */
@Service
@Transactional(readOnly = true)
public class UserAccounts {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	private final Users users;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	UserAccounts(Users users, PasswordEncoder passwords, PasswordPolicy policy, ApplicationEventPublisher events,
			Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.policy = policy;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates an admin with a verified email.
	 * @return the new admin's id
	 * @throws ApiProblem {@code validation_failed} for a bad email or password,
	 * {@code email_taken} when the email (in any letter case) has an account
	 */
	@Transactional
	public UUID createAdmin(String email, String password) {
		User admin = create(email, password, "Admin", "", Role.ADMIN);
		admin.markEmailVerified();
		return admin.id();
	}

	/** The account with this email, in any letter case. */
	public Optional<AccountSummary> findByEmail(String email) {
		return users.findByEmailNormalized(User.normalize(email)).map(AccountSummary::of);
	}

	public Optional<AccountSummary> find(UUID id) {
		return users.summary(id);
	}

	/** The accounts with these ids, in one query; unknown ids are absent. */
	public Map<UUID, AccountSummary> findAll(Collection<UUID> ids) {
		Map<UUID, AccountSummary> found = new LinkedHashMap<>();
		if (!ids.isEmpty()) {
			users.summaries(Set.copyOf(ids)).forEach((account) -> found.put(account.id(), account));
		}
		return found;
	}

	/** Whether an account with this email (in any letter case) exists. */
	public boolean exists(String email) {
		return users.existsByEmailNormalized(User.normalize(email));
	}

	/**
	 * Creates an account after checking the email, the password policy and uniqueness.
	 */
	@Transactional
	User create(String email, String password, String firstName, String lastName, Role role) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		if (email.length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
			errors.put("email", List.of("Enter a valid email address."));
		}
		List<String> passwordProblems = policy.problems(password);
		if (!passwordProblems.isEmpty()) {
			errors.put("password", passwordProblems);
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
		if (users.existsByEmailNormalized(User.normalize(email))) {
			throw emailTaken();
		}
		User user = new User(email, passwords.encode(password), firstName, lastName, role, clock.instant());
		try {
			users.saveAndFlush(user);
		}
		catch (DataIntegrityViolationException ex) {
			// another request registered the same email between the check and the insert
			throw emailTaken();
		}
		events.publishEvent(new UserRegistered(user.id(), user.email(), user.firstName(), user.lastName(), user.role(),
				user.dateJoined()));
		return user;
	}

	/**
	 * The password problems of {@code password} as a validation failure of {@code field}.
	 */
	void checkPassword(String field, String password) {
		List<String> problems = policy.problems(password);
		if (!problems.isEmpty()) {
			throw ApiProblem.invalid(Map.of(field, problems));
		}
	}

	private static ApiProblem emailTaken() {
		return ApiProblem.conflict("email_taken", "An account with this email exists.");
	}

}
