package io.openhire.identity;

import java.time.Instant;
import java.util.UUID;

import io.openhire.shared.AssignedIdEntity;
import io.openhire.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A single-use token sent by email, stored as a hash. */
@Entity
@Table(name = "one_time_tokens")
class OneTimeToken extends AssignedIdEntity<UUID> {

	enum Purpose {

		VERIFY_EMAIL, PASSWORD_RESET, MAGIC_LINK

	}

	@Id
	private UUID id;

	private UUID userId;

	@Enumerated(EnumType.STRING)
	private Purpose purpose;

	private String tokenHash;

	private Instant createdAt;

	private Instant expiresAt;

	private @Nullable Instant usedAt;

	protected OneTimeToken() {
		// for JPA
	}

	OneTimeToken(UUID userId, Purpose purpose, String tokenHash, Instant now, Instant expiresAt) {
		this.id = Ids.newId();
		this.userId = userId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.expiresAt = expiresAt;
	}

	UUID id() {
		return id;
	}

	UUID userId() {
		return userId;
	}

	Instant expiresAt() {
		return expiresAt;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
