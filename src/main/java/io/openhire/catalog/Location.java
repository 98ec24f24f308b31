package io.openhire.catalog;

import java.util.UUID;

import io.openhire.shared.AssignedIdEntity;
import io.openhire.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A city with its coordinates, for choosing where a job or a person is. */
@Entity
@Table(name = "catalog_locations")
class Location extends AssignedIdEntity<UUID> {

	static final int NAME_LENGTH = 100;

	@Id
	private UUID id;

	private String city;

	private String cityNormalized;

	private @Nullable String region;

	private String country;

	private String placeKey;

	private double latitude;

	private double longitude;

	@Version
	private long version;

	protected Location() {
		// for JPA
	}

	Location(Place place) {
		this.id = Ids.newId();
		moveTo(place);
	}

	void moveTo(Place place) {
		this.city = place.city();
		this.cityNormalized = Names.normalize(place.city());
		this.region = place.region();
		this.country = place.country();
		this.placeKey = place.key();
		this.latitude = place.latitude();
		this.longitude = place.longitude();
	}

	Place place() {
		return new Place(city, region, country, latitude, longitude);
	}

	UUID id() {
		return id;
	}

	String city() {
		return city;
	}

	@Nullable String region() {
		return region;
	}

	String country() {
		return country;
	}

	double latitude() {
		return latitude;
	}

	double longitude() {
		return longitude;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
