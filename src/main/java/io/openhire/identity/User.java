package io.openhire.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import io.openhire.shared.Ids;
import io.openhire.shared.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** An account: who someone is, how they sign in, and what role they have. */
@Entity
@Table(name = "users")
class User {

	@Id
	private UUID id;

	private String email;

	private String emailNormalized;

	private String passwordHash;

	private String firstName;

	private String lastName;

	private Role role;

	@Column(name = "is_active")
	private boolean active;

	@Column(name = "is_email_verified")
	private boolean emailVerified;

	private Instant dateJoined;

	private @Nullable Instant lastLogin;

	private Instant passwordChangedAt;

	@Version
	private long version;

	protected User() {
		// for JPA
	}

	User(String email, String passwordHash, String firstName, String lastName, Role role, Instant now) {
		this.id = Ids.newId();
		this.email = email.strip();
		this.emailNormalized = normalize(email);
		this.passwordHash = passwordHash;
		this.firstName = firstName;
		this.lastName = lastName;
		this.role = role;
		this.active = true;
		this.dateJoined = now;
		this.passwordChangedAt = now;
	}

	/** The form of an email address that decides whether two addresses are the same. */
	static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	/** Admins created by an operator have proven their address by other means. */
	void markEmailVerified() {
		this.emailVerified = true;
	}

	UUID id() {
		return id;
	}

	String email() {
		return email;
	}

	Role role() {
		return role;
	}

	boolean active() {
		return active;
	}

}
