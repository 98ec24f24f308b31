package io.openhire.profiles;

import java.time.Instant;
import java.util.UUID;

import io.openhire.shared.AssignedIdEntity;
import io.openhire.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * How an employer (a recruiter, a hospital's HR officer) presents themself. The names
 * start as the account's names and are the profile's own after that.
 */
@Entity
@Table(name = "employer_profiles")
class EmployerProfile extends AssignedIdEntity<UUID> {

	/** Every editable field, as PUT takes them and PATCH merges them. */
	record Fields(@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
			@Nullable @Size(max = 40) String phone, @Nullable @Size(max = 150) String positionTitle,
			@Nullable @Size(max = 5000) String bio, @Nullable @Size(max = 500) String linkedinUrl) {

		void check(Problems problems) {
			problems.webAddress(linkedinUrl, "linkedin_url");
		}

	}

	@Id
	private UUID id;

	private UUID userId;

	private String firstName;

	private String lastName;

	private @Nullable String phone;

	private @Nullable String positionTitle;

	private @Nullable String bio;

	private @Nullable String linkedinUrl;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected EmployerProfile() {
		// for JPA
	}

	EmployerProfile(UUID userId, String firstName, String lastName, Instant now) {
		this.id = Ids.newId();
		this.userId = userId;
		this.firstName = firstName.strip();
		this.lastName = lastName.strip();
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * @param e164Phone the phone of {@code fields} in E.164, normalized by the caller
	 */
	void replace(Fields fields, @Nullable String e164Phone, Instant now) {
		this.firstName = fields.firstName().strip();
		this.lastName = fields.lastName().strip();
		this.phone = e164Phone;
		this.positionTitle = Problems.text(fields.positionTitle());
		this.bio = Problems.text(fields.bio());
		this.linkedinUrl = Problems.text(fields.linkedinUrl());
		this.updatedAt = now;
	}

	Fields fields() {
		return new Fields(firstName, lastName, phone, positionTitle, bio, linkedinUrl);
	}

	UUID id() {
		return id;
	}

	UUID userId() {
		return userId;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
