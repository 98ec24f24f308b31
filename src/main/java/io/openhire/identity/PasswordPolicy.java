package io.openhire.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password rules of API.md: at least 10 characters, more than one character class
 * (lower case, upper case, digits, other), and not a common password (the list shipped in
 * {@code identity/common-passwords.txt}).
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 128;

	private final Set<String> common;

	PasswordPolicy() {
		try (InputStream in = new ClassPathResource("identity/common-passwords.txt").getInputStream()) {
			this.common = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.map((line) -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** What is wrong with {@code password}; empty when it is acceptable. */
	List<String> problems(String password) {
		List<String> problems = new ArrayList<>();
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			problems.add("Use at least " + MIN_LENGTH + " characters.");
		}
		if (length > MAX_LENGTH) {
			problems.add("Use at most " + MAX_LENGTH + " characters.");
		}
		if (characterClasses(password) < 2) {
			problems.add("Mix letters with digits, capitals or symbols.");
		}
		if (common.contains(password.toLowerCase(Locale.ROOT))) {
			problems.add("This password is too common.");
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
