package io.openhire.profiles;

import java.time.Instant;
import java.util.UUID;

import io.openhire.shared.AssignedIdEntity;
import io.openhire.shared.Ids;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * One entry of a candidate profile's collections (a skill, an education, ...): a row of
 * its own that names its profile, so entries are read, changed and checked for ownership
 * one by one.
 */
@MappedSuperclass
abstract class ProfileEntry extends AssignedIdEntity<UUID> {

	@Id
	private UUID id;

	private UUID profileId;

	private Instant createdAt;

	protected ProfileEntry() {
		// for JPA
	}

	protected ProfileEntry(UUID profileId, Instant now) {
		this.id = Ids.newId();
		this.profileId = profileId;
		this.createdAt = now;
	}

	UUID id() {
		return id;
	}

	UUID profileId() {
		return profileId;
	}

	Instant createdAt() {
		return createdAt;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
