package io.openhire.identity;

import java.time.Instant;
import java.util.UUID;

import io.openhire.shared.AssignedIdEntity;
import io.openhire.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One refresh token of a sign-in session (its family), stored as a hash. */
@Entity
@Table(name = "refresh_tokens")
class RefreshToken extends AssignedIdEntity<UUID> {

	@Id
	private UUID id;

	private UUID userId;

	private UUID familyId;

	private String tokenHash;

	private Instant issuedAt;

	private Instant expiresAt;

	private @Nullable Instant usedAt;

	private @Nullable Instant revokedAt;

	protected RefreshToken() {
		// for JPA
	}

	RefreshToken(UUID userId, UUID familyId, String tokenHash, Instant now, Instant expiresAt) {
		this.id = Ids.newId();
		this.userId = userId;
		this.familyId = familyId;
		this.tokenHash = tokenHash;
		this.issuedAt = now;
		this.expiresAt = expiresAt;
	}

	UUID id() {
		return id;
	}

	UUID userId() {
		return userId;
	}

	UUID familyId() {
		return familyId;
	}

	Instant issuedAt() {
		return issuedAt;
	}

	Instant expiresAt() {
		return expiresAt;
	}

	boolean spent() {
		return usedAt != null || revokedAt != null;
	}

	boolean expired(Instant now) {
		return !expiresAt.isAfter(now);
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
