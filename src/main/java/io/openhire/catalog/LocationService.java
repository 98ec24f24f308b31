package io.openhire.catalog;

import io.openhire.shared.AuditTrail;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.PageQuery;
import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists locations, and what admins do to them; every admin change is audited. */
@Service
@Transactional
class LocationService {

	/** A new location or a change; absent fields stay, {@code "region": null} clears. */
	record LocationFields(@Nullable String city, @Nullable Optional<String> region, @Nullable String country,
			@Nullable Double latitude, @Nullable Double longitude) {
	}

	private final Locations locations;

	private final CatalogCaches caches;

	private final AuditTrail audit;

	LocationService(Locations locations, CatalogCaches caches, AuditTrail audit) {
		this.locations = locations;
		this.caches = caches;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	ListPage<LocationView> list(@Nullable String q, @Nullable String country, PageQuery page) {
		String prefix = Names.prefixPattern(q);
		String code = (country == null || country.isBlank()) ? null : Place.country("country", country);
		String key = "q=" + prefix + "|country=" + code + "|page=" + page.page() + "|size=" + page.pageSize();
		return caches.get(CatalogCaches.LOCATIONS, key, () -> {
			Specification<Location> filter = (location, query, cb) -> {
				List<Predicate> predicates = new ArrayList<>();
				if (prefix != null) {
					predicates.add(cb.like(location.get("cityNormalized"), prefix, '\\'));
				}
				if (code != null) {
					predicates.add(cb.equal(location.get("country"), code));
				}
				return cb.and(predicates.toArray(Predicate[]::new));
			};
			Page<Location> found = locations.findAll(filter, PageRequest.of(page.page() - 1, page.pageSize(),
					Sort.by(Sort.Order.asc("cityNormalized"), Sort.Order.asc("country"), Sort.Order.asc("id"))));
			return new ListPage<>(found.getTotalElements(), found.map(LocationView::of).getContent());
		});
	}

	@Transactional(readOnly = true)
	LocationView get(UUID id) {
		return LocationView.of(find(id));
	}

	LocationView create(UUID adminId, LocationFields fields) {
		if (fields.latitude() == null) {
			throw ApiProblem.invalid("latitude", "This field is required.");
		}
		if (fields.longitude() == null) {
			throw ApiProblem.invalid("longitude", "This field is required.");
		}
		Place place = new Place(Names.required("city", fields.city(), Location.NAME_LENGTH), region(fields, null),
				Place.country("country", fields.country()), fields.latitude(), fields.longitude());
		ensureFree(place, null);
		Location location = new Location(place);
		save(location);
		audit.record(adminId, "location_created", "location", location.id(), Map.of("place", place.key()));
		return LocationView.of(location);
	}

	LocationView change(UUID adminId, UUID id, LocationFields fields) {
		Location location = find(id);
		Place current = location.place();
		Place place = new Place(
				(fields.city() != null) ? Names.required("city", fields.city(), Location.NAME_LENGTH) : current.city(),
				region(fields, current.region()),
				(fields.country() != null) ? Place.country("country", fields.country()) : current.country(),
				(fields.latitude() != null) ? fields.latitude() : current.latitude(),
				(fields.longitude() != null) ? fields.longitude() : current.longitude());
		ensureFree(place, location);
		location.moveTo(place);
		save(location);
		audit.record(adminId, "location_updated", "location", id, Map.of("place", place.key()));
		return LocationView.of(location);
	}

	/**
	 * Locations are deleted for good: profiles, companies and jobs copy a chosen
	 * location's fields (city, region, country, coordinates) into their own address.
	 */
	void delete(UUID adminId, UUID id) {
		Location location = find(id);
		locations.delete(location);
		locations.flush();
		changed();
		audit.record(adminId, "location_deleted", "location", id, Map.of("place", location.place().key()));
	}

	private static @Nullable String region(LocationFields fields, @Nullable String current) {
		if (fields.region() == null) {
			return current;
		}
		return Names.optional("region", fields.region().orElse(null), Location.NAME_LENGTH);
	}

	private Location find(UUID id) {
		return locations.findById(id).orElseThrow(() -> ApiProblem.notFound("No such location."));
	}

	private void ensureFree(Place place, @Nullable Location self) {
		locations.findByPlaceKey(place.key())
			.filter((other) -> self == null || !other.id().equals(self.id()))
			.ifPresent((other) -> {
				throw ApiProblem.conflict("name_taken", "This city is in the catalog already.");
			});
	}

	private void save(Location location) {
		try {
			locations.saveAndFlush(location);
		}
		catch (DataIntegrityViolationException ex) {
			throw ApiProblem.conflict("name_taken", "This city is in the catalog already.");
		}
		changed();
	}

	private void changed() {
		caches.changed(CatalogCaches.LOCATIONS);
	}

}
