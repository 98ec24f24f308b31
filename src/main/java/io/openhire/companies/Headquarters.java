package io.openhire.companies;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** Where a company has its head office. */
@Embeddable
class Headquarters {

	@Column(name = "hq_address")
	private @Nullable String address;

	@Column(name = "hq_city")
	private @Nullable String city;

	@Column(name = "hq_city_key")
	private @Nullable String cityKey;

	@Column(name = "hq_region")
	private @Nullable String region;

	@Column(name = "hq_postal_code")
	private @Nullable String postalCode;

	@Column(name = "hq_country")
	private @Nullable String country;

	@Column(name = "hq_latitude")
	private @Nullable Double latitude;

	@Column(name = "hq_longitude")
	private @Nullable Double longitude;

	protected Headquarters() {
		// for JPA
	}

	Headquarters(CompanyDetails.Address address) {
		this.address = address.address();
		this.city = address.city();
		this.cityKey = key(address.city());
		this.region = address.region();
		this.postalCode = address.postalCode();
		this.country = address.country();
		this.latitude = address.latitude();
		this.longitude = address.longitude();
	}

	/** The lower-case form by which filters find a value whatever its letter case. */
	static @Nullable String key(@Nullable String value) {
		return (value == null) ? null : value.strip().toLowerCase(Locale.ROOT);
	}

	CompanyDetails.Address details() {
		return new CompanyDetails.Address(address, city, region, postalCode, country, latitude, longitude);
	}

}
