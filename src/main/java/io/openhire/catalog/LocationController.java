package io.openhire.catalog;

import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.openhire.shared.CurrentUser;
import io.openhire.shared.PageQuery;
import io.openhire.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Locations ({@code /api/v1/locations}): public lists, admin changes. */
@RestController
@RequestMapping("/api/v1/locations")
@Tag(name = "Catalog")
class LocationController {

	/**
	 * A new location, or a change: a missing field stays, {@code "region": null} clears.
	 */
	static final class LocationRequest {

		@JsonProperty
		@Nullable String city;

		@JsonProperty
		@Nullable String country;

		@JsonProperty
		@Nullable Double latitude;

		@JsonProperty
		@Nullable Double longitude;

		@Nullable Optional<String> region;

		@JsonProperty("region")
		void region(@Nullable String region) {
			this.region = Optional.ofNullable(region);
		}

		LocationService.LocationFields fields() {
			return new LocationService.LocationFields(city, region, country, latitude, longitude);
		}

	}

	private final LocationService locations;

	LocationController(LocationService locations) {
		this.locations = locations;
	}

	@GetMapping
	@Operation(summary = "Cities by name; q matches the start of the city; country (ISO 3166 alpha-2) filters")
	PageResponse<LocationView> list(PageQuery page, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String country) {
		return locations.list(q, country, page).response(page);
	}

	@GetMapping("/{id}")
	LocationView get(@PathVariable UUID id) {
		return locations.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Create a location: {city, region?, country, latitude, longitude}")
	LocationView create(@RequestBody LocationRequest request) {
		return locations.create(CurrentUser.get().id(), request.fields());
	}

	@PatchMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	LocationView change(@PathVariable UUID id, @RequestBody LocationRequest request) {
		return locations.change(CurrentUser.get().id(), id, request.fields());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ADMIN')")
	void delete(@PathVariable UUID id) {
		locations.delete(CurrentUser.get().id(), id);
	}

}
