package io.openhire.profiles;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import io.openhire.profiles.Choices.AvailabilityStatus;
import io.openhire.profiles.Choices.EnglishLevel;
import io.openhire.profiles.Choices.Gender;
import io.openhire.profiles.Choices.JobType;
import io.openhire.profiles.Choices.SalaryPeriod;
import io.openhire.profiles.Choices.Visibility;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Every editable field of a candidate profile, as {@code PUT /candidates/me} takes them
 * (an absent field is cleared) and as {@code PATCH} merges them onto the current ones.
 * Text is plain text: stored as sent (trimmed), never interpreted as HTML.
 */
record CandidateFields(@Nullable @Size(max = 200) String headline, @Nullable @Size(max = 5000) String bio,
		@Nullable @Size(max = 40) String phone, @Nullable @Past LocalDate dateOfBirth, @Nullable Gender gender,
		@Nullable @Valid Location location, @Nullable @Min(0) @Max(70) Integer yearsOfExperience,
		@Nullable @Min(0) @Max(70) Integer remoteExperienceYears, @Nullable EnglishLevel englishLevel,
		@Nullable @Size(max = 150) String desiredRole, @Nullable @Size(max = 6) List<@NotNull JobType> desiredJobTypes,
		@Nullable @PositiveOrZero @Max(1_000_000_000) Long desiredSalaryMin,
		@Nullable @Pattern(regexp = "[A-Z]{3}",
				message = "Use an ISO 4217 code such as EUR.") String desiredSalaryCurrency,
		@Nullable SalaryPeriod desiredSalaryPeriod, @Nullable @PositiveOrZero @Max(1_000_000_000) Long currentSalary,
		@Nullable @Valid Availability availability, @Nullable Boolean openToRemote,
		@Nullable @Size(max = 10) List<@NotBlank @Size(max = 100) String> preferredLocations,
		@Nullable @Valid Links links, @Nullable Visibility visibility) {

	record Location(@Nullable @Size(max = 200) String address, @Nullable @Size(max = 100) String city,
			@Nullable @Size(max = 100) String region, @Nullable @Size(max = 20) String postalCode,
			@Nullable @Pattern(regexp = "[A-Za-z]{2}",
					message = "Use an ISO 3166 two-letter country code.") String country,
			@Nullable @DecimalMin("-90") @DecimalMax("90") Double latitude,
			@Nullable @DecimalMin("-180") @DecimalMax("180") Double longitude) {

		static final Location EMPTY = new Location(null, null, null, null, null, null, null);

	}

	record Availability(@Nullable AvailabilityStatus status, @Nullable @Min(1) @Max(168) Integer hoursPerWeek,
			@Nullable LocalDate availableFrom) {

		static final Availability EMPTY = new Availability(null, null, null);

	}

	record Links(@Nullable @Size(max = 500) String linkedin, @Nullable @Size(max = 500) String github,
			@Nullable @Size(max = 500) String portfolio, @Nullable @Size(max = 500) String website) {

		static final Links EMPTY = new Links(null, null, null, null);

	}

	Location locationOrEmpty() {
		return (location != null) ? location : Location.EMPTY;
	}

	Availability availabilityOrEmpty() {
		return (availability != null) ? availability : Availability.EMPTY;
	}

	Links linksOrEmpty() {
		return (links != null) ? links : Links.EMPTY;
	}

	/** The checks across fields that annotations cannot make. */
	void check(Problems problems) {
		Location where = locationOrEmpty();
		problems.country(where.country(), "location.country");
		problems.check((where.latitude() == null) == (where.longitude() == null), "location.latitude",
				"Give latitude and longitude together.");
		if (dateOfBirth != null) {
			problems.check(dateOfBirth.isAfter(LocalDate.of(1900, 1, 1)), "date_of_birth",
					"Enter a real date of birth.");
		}
		if (yearsOfExperience != null && remoteExperienceYears != null) {
			problems.check(remoteExperienceYears <= yearsOfExperience, "remote_experience_years",
					"Must not exceed years_of_experience.");
		}
		if (desiredSalaryCurrency != null) {
			try {
				Currency.getInstance(desiredSalaryCurrency);
			}
			catch (IllegalArgumentException ex) {
				problems.add("desired_salary_currency", "Use an ISO 4217 code such as EUR.");
			}
		}
		problems.check(desiredSalaryCurrency != null || (desiredSalaryMin == null && currentSalary == null),
				"desired_salary_currency", "Give the currency of the salaries.");
		Links web = linksOrEmpty();
		problems.webAddress(web.linkedin(), "links.linkedin");
		problems.webAddress(web.github(), "links.github");
		problems.webAddress(web.portfolio(), "links.portfolio");
		problems.webAddress(web.website(), "links.website");
	}

}
