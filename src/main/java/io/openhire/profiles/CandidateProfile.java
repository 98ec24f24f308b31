package io.openhire.profiles;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.openhire.profiles.CandidateFields.Availability;
import io.openhire.profiles.CandidateFields.Links;
import io.openhire.profiles.CandidateFields.Location;
import io.openhire.profiles.Choices.AvailabilityStatus;
import io.openhire.profiles.Choices.EnglishLevel;
import io.openhire.profiles.Choices.Gender;
import io.openhire.profiles.Choices.JobType;
import io.openhire.profiles.Choices.SalaryPeriod;
import io.openhire.profiles.Choices.Visibility;
import io.openhire.shared.AssignedIdEntity;
import io.openhire.shared.Ids;
import io.openhire.shared.VerificationStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * What a candidate tells employers about themself. The entries (skills, education, ...)
 * are rows of their own that point at the profile; the profile keeps the
 * {@code completeness} they and its fields add up to, so lists can show it without
 * counting them.
 */
@Entity
@Table(name = "candidate_profiles")
class CandidateProfile extends AssignedIdEntity<UUID> {

	static final Visibility DEFAULT_VISIBILITY = Visibility.EMPLOYERS;

	@Id
	private UUID id;

	private UUID userId;

	private @Nullable String headline;

	private @Nullable String bio;

	private @Nullable String phone;

	private @Nullable LocalDate dateOfBirth;

	@Convert(converter = Choices.GenderColumn.class)
	private @Nullable Gender gender;

	private @Nullable String address;

	private @Nullable String city;

	private @Nullable String region;

	private @Nullable String postalCode;

	private @Nullable String country;

	private @Nullable Double latitude;

	private @Nullable Double longitude;

	private @Nullable Integer yearsOfExperience;

	private @Nullable Integer remoteExperienceYears;

	@Convert(converter = Choices.EnglishLevelColumn.class)
	private @Nullable EnglishLevel englishLevel;

	private @Nullable String desiredRole;

	@Convert(converter = JsonListColumn.JobTypes.class)
	private List<JobType> desiredJobTypes = List.of();

	private @Nullable Long desiredSalaryMin;

	private @Nullable String desiredSalaryCurrency;

	@Convert(converter = Choices.SalaryPeriodColumn.class)
	private @Nullable SalaryPeriod desiredSalaryPeriod;

	private @Nullable Long currentSalary;

	@Convert(converter = Choices.AvailabilityStatusColumn.class)
	private @Nullable AvailabilityStatus availabilityStatus;

	private @Nullable Integer hoursPerWeek;

	private @Nullable LocalDate availableFrom;

	private boolean openToRemote;

	@Convert(converter = JsonListColumn.class)
	private List<String> preferredLocations = List.of();

	private @Nullable String linkedinUrl;

	private @Nullable String githubUrl;

	private @Nullable String portfolioUrl;

	private @Nullable String websiteUrl;

	@Convert(converter = Choices.VisibilityColumn.class)
	private Visibility visibility;

	@Convert(converter = Choices.VerificationStatusColumn.class)
	private VerificationStatus verificationStatus;

	private @Nullable BigDecimal averageRating;

	private int reviewCount;

	private int completeness;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected CandidateProfile() {
		// for JPA
	}

	/** An empty profile, as every candidate has from registration on. */
	CandidateProfile(UUID userId, Instant now) {
		this.id = Ids.newId();
		this.userId = userId;
		this.visibility = DEFAULT_VISIBILITY;
		this.verificationStatus = VerificationStatus.UNVERIFIED;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Replaces every editable field.
	 * @param e164Phone the phone of {@code fields} in E.164, normalized by the caller
	 */
	void replace(CandidateFields fields, @Nullable String e164Phone, Instant now) {
		this.headline = Problems.text(fields.headline());
		this.bio = Problems.text(fields.bio());
		this.phone = e164Phone;
		this.dateOfBirth = fields.dateOfBirth();
		this.gender = fields.gender();
		Location location = fields.locationOrEmpty();
		this.address = Problems.text(location.address());
		this.city = Problems.text(location.city());
		this.region = Problems.text(location.region());
		this.postalCode = Problems.text(location.postalCode());
		this.country = (location.country() != null) ? location.country().toUpperCase(java.util.Locale.ROOT) : null;
		this.latitude = location.latitude();
		this.longitude = location.longitude();
		this.yearsOfExperience = fields.yearsOfExperience();
		this.remoteExperienceYears = fields.remoteExperienceYears();
		this.englishLevel = fields.englishLevel();
		this.desiredRole = Problems.text(fields.desiredRole());
		this.desiredJobTypes = (fields.desiredJobTypes() != null)
				? List.copyOf(fields.desiredJobTypes().stream().distinct().toList()) : List.of();
		this.desiredSalaryMin = fields.desiredSalaryMin();
		this.desiredSalaryCurrency = fields.desiredSalaryCurrency();
		this.desiredSalaryPeriod = fields.desiredSalaryPeriod();
		this.currentSalary = fields.currentSalary();
		Availability availability = fields.availabilityOrEmpty();
		this.availabilityStatus = availability.status();
		this.hoursPerWeek = availability.hoursPerWeek();
		this.availableFrom = availability.availableFrom();
		this.openToRemote = Boolean.TRUE.equals(fields.openToRemote());
		this.preferredLocations = (fields.preferredLocations() != null)
				? fields.preferredLocations().stream().map(String::strip).distinct().toList() : List.of();
		Links links = fields.linksOrEmpty();
		this.linkedinUrl = Problems.text(links.linkedin());
		this.githubUrl = Problems.text(links.github());
		this.portfolioUrl = Problems.text(links.portfolio());
		this.websiteUrl = Problems.text(links.website());
		this.visibility = (fields.visibility() != null) ? fields.visibility() : DEFAULT_VISIBILITY;
		this.updatedAt = now;
	}

	/** The editable fields as they are now: the base a PATCH is merged onto. */
	CandidateFields fields() {
		return new CandidateFields(headline, bio, phone, dateOfBirth, gender,
				new Location(address, city, region, postalCode, country, latitude, longitude), yearsOfExperience,
				remoteExperienceYears, englishLevel, desiredRole, desiredJobTypes, desiredSalaryMin,
				desiredSalaryCurrency, desiredSalaryPeriod, currentSalary,
				new Availability(availabilityStatus, hoursPerWeek, availableFrom), openToRemote, preferredLocations,
				new Links(linkedinUrl, githubUrl, portfolioUrl, websiteUrl), visibility);
	}

	/** Something about the profile or its entries changed: its completeness follows. */
	void entriesChanged(Completeness.Entries entries, Instant now) {
		this.completeness = Completeness.of(this, entries);
		this.updatedAt = now;
	}

	void changeVerificationStatus(VerificationStatus status) {
		this.verificationStatus = status;
	}

	/** Whether someone other than the owner or an admin may know the profile exists. */
	boolean visibleToEmployers() {
		return visibility != Visibility.PRIVATE;
	}

	UUID id() {
		return id;
	}

	UUID userId() {
		return userId;
	}

	@Nullable String headline() {
		return headline;
	}

	@Nullable String bio() {
		return bio;
	}

	@Nullable String phone() {
		return phone;
	}

	@Nullable String city() {
		return city;
	}

	@Nullable String country() {
		return country;
	}

	@Nullable Integer yearsOfExperience() {
		return yearsOfExperience;
	}

	@Nullable String desiredRole() {
		return desiredRole;
	}

	@Nullable AvailabilityStatus availabilityStatus() {
		return availabilityStatus;
	}

	Visibility visibility() {
		return visibility;
	}

	VerificationStatus verificationStatus() {
		return verificationStatus;
	}

	@Nullable BigDecimal averageRating() {
		return averageRating;
	}

	int reviewCount() {
		return reviewCount;
	}

	int completeness() {
		return completeness;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
