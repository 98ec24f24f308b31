package io.openhire.companies;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.openhire.shared.AssignedIdEntity;
import io.openhire.shared.Ids;
import io.openhire.shared.VerificationStatus;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A company, hospital, clinic or other organisation that employs. Its details change as a
 * whole ({@link #update}), after {@link CompanyRules} checked them; only the verification
 * module changes its verification status.
 */
@Entity
@Table(name = "companies")
class Company extends AssignedIdEntity<UUID> {

	@Id
	private UUID id;

	private String name;

	private String nameKey;

	private String slug;

	private CompanyType type;

	private @Nullable FacilityType facilityType;

	private @Nullable Integer bedCapacity;

	private @Nullable String description;

	private @Nullable String industry;

	private @Nullable String industryKey;

	private @Nullable CompanySize size;

	private @Nullable String website;

	private @Nullable String email;

	private @Nullable String phone;

	private @Nullable String logoUrl;

	/** {@code null} when it has no address field at all (so Hibernate loads it). */
	@Embedded
	private @Nullable Headquarters headquarters;

	private @Nullable String registrationNumber;

	private @Nullable String registrationCountry;

	private @Nullable Integer foundedYear;

	@Convert(converter = JsonColumns.Benefits.class)
	private List<String> benefits;

	@Convert(converter = JsonColumns.SocialLinks.class)
	private Map<String, String> socialLinks;

	@Convert(converter = VerificationStatusColumn.class)
	private VerificationStatus verificationStatus;

	private @Nullable Instant verifiedAt;

	private double averageRating;

	private int reviewCount;

	private int openJobs;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Company() {
		// for JPA
	}

	/** A new, unverified company with checked details. */
	Company(CompanyDetails details, Instant now) {
		this.id = Ids.newId();
		this.verificationStatus = VerificationStatus.UNVERIFIED;
		this.createdAt = now;
		update(details, now);
	}

	/** Replaces every editable field with the checked {@code details}. */
	void update(CompanyDetails details, Instant now) {
		if (this.name == null || !this.name.equals(details.name())) {
			this.slug = slugOf(details.name());
		}
		this.name = details.name();
		this.nameKey = CompanyRules.nameKey(details.name());
		this.type = details.type();
		this.facilityType = details.facilityType();
		this.bedCapacity = details.bedCapacity();
		this.description = details.description();
		this.industry = details.industry();
		this.industryKey = Headquarters.key(details.industry());
		this.size = details.size();
		this.website = details.website();
		this.email = details.email();
		this.phone = details.phone();
		this.logoUrl = details.logoUrl();
		this.headquarters = new Headquarters(
				(details.headquarters() != null) ? details.headquarters() : CompanyDetails.Address.NONE);
		this.registrationNumber = details.registrationNumber();
		this.registrationCountry = details.registrationCountry();
		this.foundedYear = details.foundedYear();
		this.benefits = (details.benefits() != null) ? List.copyOf(details.benefits()) : List.of();
		this.socialLinks = (details.socialLinks() != null) ? Map.copyOf(details.socialLinks()) : Map.of();
		this.updatedAt = now;
	}

	/**
	 * Moves verification on; {@code verified_at} is the time it was last verified.
	 * @return whether the status changed
	 */
	boolean changeVerification(VerificationStatus status, Instant now) {
		if (status == verificationStatus) {
			return false;
		}
		this.verificationStatus = status;
		this.verifiedAt = (status == VerificationStatus.VERIFIED) ? now : null;
		this.updatedAt = now;
		return true;
	}

	/** Gives the slug a suffix of the id when another company has the plain one. */
	void disambiguateSlug() {
		String suffix = "-" + id.toString().substring(id.toString().length() - 6);
		this.slug = slug.substring(0, Math.min(slug.length(), 200)) + suffix;
	}

	/**
	 * Whether its owners may delete it: not while it has published jobs.
	 */
	boolean hasPublishedJobs() {
		// TODO(jobs issue): open_jobs stays 0 until the jobs module keeps it (through
		// CompanyDirectory) as the count of published jobs; owners may delete until then.
		return openJobs > 0;
	}

	/** The current details, as a client would send them. */
	CompanyDetails details() {
		return new CompanyDetails(name, type, facilityType, bedCapacity, description, industry, size, website, email,
				phone, logoUrl, (headquarters != null) ? headquarters.details() : CompanyDetails.Address.NONE,
				registrationNumber, registrationCountry, foundedYear, benefits, socialLinks);
	}

	static String slugOf(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFKD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (plain.length() > 200) {
			plain = plain.substring(0, 200).replaceAll("-+$", "");
		}
		return plain.isEmpty() ? "company" : plain;
	}

	UUID id() {
		return id;
	}

	String name() {
		return name;
	}

	String slug() {
		return slug;
	}

	CompanyType type() {
		return type;
	}

	VerificationStatus verificationStatus() {
		return verificationStatus;
	}

	@Nullable Instant verifiedAt() {
		return verifiedAt;
	}

	double averageRating() {
		return averageRating;
	}

	int reviewCount() {
		return reviewCount;
	}

	int openJobs() {
		return openJobs;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	/** What other modules see of a company, from a row of {@link Companies#summaries}. */
	static CompanySummary summary(Object[] row) {
		FacilityType facilityType = (FacilityType) row[4];
		return new CompanySummary((UUID) row[0], (String) row[1], ((CompanyType) row[2]).value(),
				(VerificationStatus) row[3], (facilityType != null) ? facilityType.value() : null);
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
