package io.openhire.companies;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A company's editable fields, as clients send them (POST and PUT; PATCH merges into the
 * current ones) and as {@link CompanyRules} hands them on once checked and normalized.
 * Text fields are plain text: stored and answered exactly as sent (HTML included, never
 * rendered), only trimmed.
 */
record CompanyDetails(@NotBlank @Size(max = 200) String name, @NotNull CompanyType type,
		@Nullable FacilityType facilityType, @Nullable @Min(0) @Max(100_000) Integer bedCapacity,
		@Nullable @Size(max = 5000) String description, @Nullable @Size(max = 100) String industry,
		@Nullable CompanySize size, @Nullable @Size(max = 500) String website, @Nullable @Size(max = 254) String email,
		@Nullable @Size(max = 40) String phone, @Nullable @Size(max = 500) String logoUrl,
		@Nullable @Valid Address headquarters, @Nullable @Size(max = 50) String registrationNumber,
		@Nullable String registrationCountry, @Nullable @Min(1600) @Max(9999) Integer foundedYear,
		@Nullable @Size(max = 30) List<@NotBlank @Size(max = 100) String> benefits, @Nullable @Size(
				max = 10) Map<@NotBlank @Size(max = 30) String, @NotBlank @Size(max = 500) String> socialLinks) {

	/** The head office address; {@code country} is an ISO 3166 alpha-2 code. */
	record Address(@Nullable @Size(max = 255) String address, @Nullable @Size(max = 100) String city,
			@Nullable @Size(max = 100) String region, @Nullable @Size(max = 20) String postalCode,
			@Nullable String country, @Nullable @DecimalMin("-90") @DecimalMax("90") Double latitude,
			@Nullable @DecimalMin("-180") @DecimalMax("180") Double longitude) {

		static final Address NONE = new Address(null, null, null, null, null, null, null);

	}

}
