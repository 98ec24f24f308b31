package io.openhire.identity;

import java.time.Instant;
import java.util.UUID;

import io.openhire.shared.Role;

/**
 * A new account exists (candidate or employer by registration, or any role created by an
 * admin).
 */
public record UserRegistered(UUID userId, String email, String firstName, String lastName, Role role,
		Instant occurredAt) {

}
