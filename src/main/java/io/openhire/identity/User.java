package io.openhire.identity;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.AssignedIdEntity;
import io.openhire.shared.Ids;
import io.openhire.shared.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * An account: who someone is, how they sign in, and what role they have.
 * <p>
 * {@code tokenVersion} is written into every access token; raising it (password change or
 * reset, deactivation, erasure) makes every access token issued before refuse at once.
 */
@Entity
@Table(name = "users")
class User extends AssignedIdEntity<UUID> {

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

	private int tokenVersion;

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
		this.firstName = firstName.strip();
		this.lastName = lastName.strip();
		this.role = role;
		this.active = true;
		this.dateJoined = now;
		this.passwordChangedAt = now;
	}

	/** The form of an email address that decides whether two addresses are the same. */
	static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	void markEmailVerified() {
		this.emailVerified = true;
	}

	void signedIn(Instant now) {
		this.lastLogin = now;
	}

	void rename(@Nullable String firstName, @Nullable String lastName) {
		if (firstName != null) {
			this.firstName = firstName.strip();
		}
		if (lastName != null) {
			this.lastName = lastName.strip();
		}
	}

	void changePassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		this.passwordChangedAt = now;
		this.tokenVersion++;
	}

	void changeRole(Role role) {
		if (this.role != role) {
			this.role = role;
			this.tokenVersion++;
		}
	}

	void deactivate(UUID actorId) {
		if (id.equals(actorId)) {
			throw ApiProblem.conflict("cannot_deactivate_self", "Admins cannot deactivate their own account.");
		}
		this.active = false;
		this.tokenVersion++;
	}

	void activate() {
		this.active = true;
	}

	/**
	 * Removes the personal data of the account for good. The row stays, anonymous and
	 * inactive, so that what others rely on (audit entries, references by id) still
	 * resolves.
	 */
	void erase(String unusablePasswordHash) {
		this.email = "erased-" + id + "@erased.invalid";
		this.emailNormalized = this.email;
		this.firstName = "";
		this.lastName = "";
		this.passwordHash = unusablePasswordHash;
		this.active = false;
		this.emailVerified = false;
		this.tokenVersion++;
	}

	UUID id() {
		return id;
	}

	String email() {
		return email;
	}

	String passwordHash() {
		return passwordHash;
	}

	String firstName() {
		return firstName;
	}

	String lastName() {
		return lastName;
	}

	Role role() {
		return role;
	}

	boolean active() {
		return active;
	}

	boolean emailVerified() {
		return emailVerified;
	}

	Instant dateJoined() {
		return dateJoined;
	}

	@Nullable Instant lastLogin() {
		return lastLogin;
	}

	Instant passwordChangedAt() {
		return passwordChangedAt;
	}

	int tokenVersion() {
		return tokenVersion;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
