package io.openhire.catalog;

import java.io.Serializable;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A location as API.md shows it; {@code country} is ISO 3166 alpha-2. */
record LocationView(UUID id, String city, @Nullable String region, String country, double latitude,
		double longitude) implements Serializable {

	static LocationView of(Location location) {
		return new LocationView(location.id(), location.city(), location.region(), location.country(),
				location.latitude(), location.longitude());
	}

}
