package io.openhire.catalog;

import java.util.Locale;
import java.util.Set;

import io.openhire.shared.ApiProblem;
import org.jspecify.annotations.Nullable;

/**
 * What a location is, checked: a city, an optional region, an ISO 3166 alpha-2 country
 * and coordinates in range. One place per city, region and country ({@link #key()}).
 */
record Place(String city, @Nullable String region, String country, double latitude, double longitude) {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	Place {
		if (latitude < -90 || latitude > 90 || Double.isNaN(latitude)) {
			throw ApiProblem.invalid("latitude", "Must be between -90 and 90.");
		}
		if (longitude < -180 || longitude > 180 || Double.isNaN(longitude)) {
			throw ApiProblem.invalid("longitude", "Must be between -180 and 180.");
		}
	}

	/**
	 * The country code in upper case.
	 * @throws ApiProblem {@code validation_failed} naming {@code field} unless it is an
	 * ISO 3166 alpha-2 code
	 */
	static String country(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw ApiProblem.invalid(field, "This field is required.");
		}
		String code = value.strip().toUpperCase(Locale.ROOT);
		if ("UK".equals(code)) {
			throw ApiProblem.invalid(field, "Use the ISO 3166 alpha-2 code: GB for the United Kingdom.");
		}
		if (!COUNTRIES.contains(code)) {
			throw ApiProblem.invalid(field, "Must be an ISO 3166 alpha-2 country code, such as NL.");
		}
		return code;
	}

	String key() {
		return Names.normalize(city) + "|" + ((region != null) ? Names.normalize(region) : "") + "|" + country;
	}

}
