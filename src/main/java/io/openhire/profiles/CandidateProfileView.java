package io.openhire.profiles;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.openhire.profiles.CandidateFields.Availability;
import io.openhire.profiles.CandidateFields.Links;
import io.openhire.profiles.CandidateFields.Location;
import io.openhire.profiles.Choices.EnglishLevel;
import io.openhire.profiles.Choices.Gender;
import io.openhire.profiles.Choices.JobType;
import io.openhire.profiles.Choices.SalaryPeriod;
import io.openhire.profiles.Choices.Visibility;
import io.openhire.shared.VerificationStatus;
import org.jspecify.annotations.Nullable;

/**
 * A candidate profile as API.md shows it, plus its {@code skills} (the entries of
 * {@code /candidates/me/skills}), which employers search and read first. Contact details
 * are {@code null} where the viewer may not see them.
 */
record CandidateProfileView(UUID id, UUID userId, @Nullable String headline, @Nullable String bio,
		@Nullable String phone, @Nullable LocalDate dateOfBirth, @Nullable Gender gender, Location location,
		@Nullable Integer yearsOfExperience, @Nullable Integer remoteExperienceYears,
		@Nullable EnglishLevel englishLevel, @Nullable String desiredRole, List<JobType> desiredJobTypes,
		@Nullable Long desiredSalaryMin, @Nullable String desiredSalaryCurrency,
		@Nullable SalaryPeriod desiredSalaryPeriod, @Nullable Long currentSalary, Availability availability,
		boolean openToRemote, List<String> preferredLocations, Links links, Visibility visibility,
		VerificationStatus verificationStatus, @Nullable BigDecimal averageRating, int reviewCount, int completeness,
		List<SkillEntry.View> skills) {

	static CandidateProfileView of(CandidateProfile profile, List<SkillEntry.View> skills, boolean withContactDetails) {
		CandidateFields fields = profile.fields();
		Location location = fields.locationOrEmpty();
		if (!withContactDetails) {
			location = new Location(null, location.city(), location.region(), location.postalCode(), location.country(),
					location.latitude(), location.longitude());
		}
		return new CandidateProfileView(profile.id(), profile.userId(), fields.headline(), fields.bio(),
				withContactDetails ? fields.phone() : null, withContactDetails ? fields.dateOfBirth() : null,
				withContactDetails ? fields.gender() : null, location, fields.yearsOfExperience(),
				fields.remoteExperienceYears(), fields.englishLevel(), fields.desiredRole(), fields.desiredJobTypes(),
				fields.desiredSalaryMin(), fields.desiredSalaryCurrency(), fields.desiredSalaryPeriod(),
				fields.currentSalary(), fields.availabilityOrEmpty(), Boolean.TRUE.equals(fields.openToRemote()),
				fields.preferredLocations(), fields.linksOrEmpty(), profile.visibility(), profile.verificationStatus(),
				profile.averageRating(), profile.reviewCount(), profile.completeness(), skills);
	}

}
