package io.openhire.profiles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A certificate or licence a candidate holds. */
@Entity
@Table(name = "candidate_certifications")
class Certification extends ProfileEntry {

	record Fields(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 200) String issuingOrganization,
			@Nullable @Size(max = 100) String credentialId, @Nullable @Size(max = 500) String credentialUrl,
			@Nullable @PastOrPresent LocalDate issueDate, @Nullable LocalDate expiryDate) implements EntryFields {

		@Override
		public void check(Problems problems) {
			problems.notBefore(issueDate, expiryDate, "expiry_date", "issue_date");
			problems.webAddress(credentialUrl, "credential_url");
		}

	}

	record View(UUID id, String name, @Nullable String issuingOrganization, @Nullable String credentialId,
			@Nullable String credentialUrl, @Nullable LocalDate issueDate, @Nullable LocalDate expiryDate) {

	}

	private String name;

	private @Nullable String issuingOrganization;

	private @Nullable String credentialId;

	private @Nullable String credentialUrl;

	private @Nullable LocalDate issueDate;

	private @Nullable LocalDate expiryDate;

	protected Certification() {
		// for JPA
	}

	Certification(UUID profileId, Fields fields, Instant now) {
		super(profileId, now);
		replace(fields);
	}

	void replace(Fields fields) {
		this.name = fields.name().strip();
		this.issuingOrganization = Problems.text(fields.issuingOrganization());
		this.credentialId = Problems.text(fields.credentialId());
		this.credentialUrl = Problems.text(fields.credentialUrl());
		this.issueDate = fields.issueDate();
		this.expiryDate = fields.expiryDate();
	}

	Fields fields() {
		return new Fields(name, issuingOrganization, credentialId, credentialUrl, issueDate, expiryDate);
	}

	View view() {
		return new View(id(), name, issuingOrganization, credentialId, credentialUrl, issueDate, expiryDate);
	}

}
