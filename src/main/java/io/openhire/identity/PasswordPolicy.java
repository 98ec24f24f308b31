package io.openhire.identity;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The password rules of API.md: at least 10 characters and more than one character class
 * (lower case, upper case, digits, other).
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	/** What is wrong with {@code password}; empty when it is acceptable. */
	List<String> problems(String password) {
		List<String> problems = new ArrayList<>();
		if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
			problems.add("Use at least " + MIN_LENGTH + " characters.");
		}
		if (characterClasses(password) < 2) {
			problems.add("Mix letters with digits, capitals or symbols.");
		}
		return problems;
	}

	private static int characterClasses(String password) {
		boolean lower = password.chars().anyMatch(Character::isLowerCase);
		boolean upper = password.chars().anyMatch(Character::isUpperCase);
		boolean digit = password.chars().anyMatch(Character::isDigit);
		boolean other = password.chars().anyMatch((c) -> !Character.isLetterOrDigit(c));
		return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
	}

}
