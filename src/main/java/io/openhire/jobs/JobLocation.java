package io.openhire.jobs;

import java.util.Locale;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** Where a job is done; {@code cityKey} is the lower-case city the filter matches. */
@Embeddable
class JobLocation {

	private @Nullable String address;

	private @Nullable String city;

	private @Nullable String cityKey;

	private @Nullable String region;

	private @Nullable String postalCode;

	private @Nullable String country;

	private @Nullable Double latitude;

	private @Nullable Double longitude;

	protected JobLocation() {
		// for JPA
	}

	JobLocation(JobDetails.Location location) {
		this.address = trim(location.address());
		this.city = trim(location.city());
		this.cityKey = key(this.city);
		this.region = trim(location.region());
		this.postalCode = trim(location.postalCode());
		this.country = (location.country() != null) ? location.country().toUpperCase(Locale.ROOT) : null;
		this.latitude = location.latitude();
		this.longitude = location.longitude();
	}

	static @Nullable String key(@Nullable String value) {
		return (value == null) ? null : value.strip().toLowerCase(Locale.ROOT);
	}

	private static @Nullable String trim(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	JobDetails.Location details() {
		return new JobDetails.Location(address, city, region, postalCode, country, latitude, longitude);
	}

}
