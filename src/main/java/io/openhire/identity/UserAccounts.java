package io.openhire.identity;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.Role;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and looks up accounts; the identity module's API to the rest of Openhire. */
@Service
@Transactional(readOnly = true)
public class UserAccounts {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

	private final Users users;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final Clock clock;

	UserAccounts(Users users, PasswordEncoder passwords, PasswordPolicy policy, Clock clock) {
		this.users = users;
		this.passwords = passwords;
		this.policy = policy;
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
		validate(email, password);
		if (users.existsByEmailNormalized(User.normalize(email))) {
			throw ApiProblem.conflict("email_taken", "An account with this email exists.");
		}
		User admin = new User(email, passwords.encode(password), "Admin", "", Role.ADMIN, clock.instant());
		admin.markEmailVerified();
		return users.save(admin).id();
	}

	/** Whether an account with this email (in any letter case) exists. */
	public boolean exists(String email) {
		return users.existsByEmailNormalized(User.normalize(email));
	}

	private void validate(String email, String password) {
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
	}

}
