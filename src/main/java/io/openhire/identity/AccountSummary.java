package io.openhire.identity;

import java.util.UUID;

import io.openhire.shared.Role;

/** What other modules may know about an account. */
public record AccountSummary(UUID id, String email, String firstName, String lastName, Role role, boolean active) {

	/** First and last name, as one. */
	public String fullName() {
		return (firstName + " " + lastName).strip();
	}

	static AccountSummary of(User user) {
		return new AccountSummary(user.id(), user.email(), user.firstName(), user.lastName(), user.role(),
				user.active());
	}

}
