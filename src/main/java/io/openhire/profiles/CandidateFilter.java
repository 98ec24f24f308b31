package io.openhire.profiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.openhire.profiles.Choices.AvailabilityStatus;
import io.openhire.profiles.Choices.Visibility;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of {@code GET /candidates}, as one database query (a search index comes
 * later, with the search module).
 * <ul>
 * <li>{@code q}: text in the headline, bio or desired role, any letter case;</li>
 * <li>{@code skills}: every one of these catalog skills, each at {@code min_level} or
 * more when given;</li>
 * <li>{@code location}: a city, region or country (code) that starts with it;</li>
 * <li>{@code lat, lon, radius_km}: profiles whose coordinates lie within the radius
 * (great-circle distance), after a bounding-box test the index can answer;</li>
 * <li>{@code min_experience_years}, {@code open_to_remote};</li>
 * <li>{@code available}: {@code true} for status {@code available} or {@code open},
 * {@code false} for the others.</li>
 * </ul>
 * Private profiles are left out unless {@code includePrivate} (admins).
 */
record CandidateFilter(@Nullable String q, List<UUID> skills, @Nullable Integer minLevel, @Nullable String location,
		@Nullable Area area, @Nullable Integer minExperienceYears, @Nullable Boolean available,
		@Nullable Boolean openToRemote, boolean includePrivate) {

	static final double EARTH_RADIUS_KM = 6371.0;

	/** A circle on the earth. */
	record Area(double latitude, double longitude, double radiusKm) {

	}

	CandidateFilter {
		skills = List.copyOf(skills);
		Problems problems = new Problems();
		problems.check(q == null || q.length() <= 100, "q", "Use at most 100 characters.");
		problems.check(location == null || location.length() <= 100, "location", "Use at most 100 characters.");
		problems.check(skills.size() <= 20, "skills", "Give at most 20 skills.");
		problems.check(minLevel == null || (minLevel >= 1 && minLevel <= 10), "min_level", "Must be between 1 and 10.");
		problems.check(minLevel == null || !skills.isEmpty(), "min_level", "Give the skills the level applies to.");
		problems.check(minExperienceYears == null || minExperienceYears >= 0, "min_experience_years",
				"Must be 0 or more.");
		problems.throwIfAny();
	}

	/**
	 * The area of {@code lat, lon, radius_km}: both coordinates or neither, a radius only
	 * with them (50 km when left out).
	 */
	static @Nullable Area area(@Nullable Double lat, @Nullable Double lon, @Nullable Double radiusKm) {
		Problems problems = new Problems();
		if (lat == null && lon == null) {
			problems.check(radiusKm == null, "radius_km", "Give lat and lon with radius_km.");
			problems.throwIfAny();
			return null;
		}
		problems.check(lat != null, "lat", "Give lat with lon.");
		problems.check(lon != null, "lon", "Give lon with lat.");
		problems.check(lat == null || (lat >= -90 && lat <= 90), "lat", "Must be between -90 and 90.");
		problems.check(lon == null || (lon >= -180 && lon <= 180), "lon", "Must be between -180 and 180.");
		problems.check(radiusKm == null || (radiusKm > 0 && radiusKm <= 20000), "radius_km",
				"Must be more than 0 and at most 20000.");
		problems.throwIfAny();
		return new Area(lat, lon, (radiusKm != null) ? radiusKm : 50.0);
	}

	Specification<CandidateProfile> specification() {
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (!includePrivate) {
				predicates.add(cb.notEqual(root.get("visibility"), Visibility.PRIVATE));
			}
			if (q != null && !q.isBlank()) {
				String pattern = "%" + escape(q.strip().toLowerCase(Locale.ROOT)) + "%";
				predicates.add(cb.or(cb.like(cb.lower(root.get("headline")), pattern, '\\'),
						cb.like(cb.lower(root.get("bio")), pattern, '\\'),
						cb.like(cb.lower(root.get("desiredRole")), pattern, '\\')));
			}
			for (UUID skill : skills) {
				Subquery<Integer> held = query.subquery(Integer.class);
				Root<SkillEntry> entry = held.from(SkillEntry.class);
				List<Predicate> match = new ArrayList<>(List.of(cb.equal(entry.get("profileId"), root.get("id")),
						cb.equal(entry.get("skillId"), skill)));
				if (minLevel != null) {
					match.add(cb.greaterThanOrEqualTo(entry.get("level"), minLevel));
				}
				predicates.add(cb.exists(held.select(cb.literal(1)).where(match.toArray(Predicate[]::new))));
			}
			if (location != null && !location.isBlank()) {
				String place = location.strip().toLowerCase(Locale.ROOT);
				String prefix = escape(place) + "%";
				predicates.add(cb.or(cb.like(cb.lower(root.get("city")), prefix, '\\'),
						cb.like(cb.lower(root.get("region")), prefix, '\\'),
						cb.equal(cb.lower(root.get("country")), place)));
			}
			if (area != null) {
				predicates.addAll(within(root, cb, area));
			}
			if (minExperienceYears != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("yearsOfExperience"), minExperienceYears));
			}
			if (available != null) {
				Predicate ready = root.get("availabilityStatus")
					.in(AvailabilityStatus.AVAILABLE, AvailabilityStatus.OPEN);
				predicates.add(available ? ready : cb.or(cb.not(ready), root.get("availabilityStatus").isNull()));
			}
			if (openToRemote != null) {
				predicates.add(cb.equal(root.get("openToRemote"), openToRemote));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	/**
	 * A bounding box (served by the latitude/longitude index), then the haversine test in
	 * its squared-chord form:
	 * {@code sin²(Δφ/2) + cos φ1 · cos φ2 · sin²(Δλ/2) ≤ sin²(d/2R)}.
	 */
	private static List<Predicate> within(Root<CandidateProfile> root, CriteriaBuilder cb, Area area) {
		Expression<Double> lat = root.get("latitude");
		Expression<Double> lon = root.get("longitude");
		double latDelta = Math.toDegrees(area.radiusKm() / EARTH_RADIUS_KM);
		List<Predicate> predicates = new ArrayList<>();
		predicates.add(cb.between(lat, area.latitude() - latDelta, area.latitude() + latDelta));
		double cosLat = Math.cos(Math.toRadians(area.latitude()));
		if (area.latitude() + latDelta < 90 && area.latitude() - latDelta > -90) {
			double lonDelta = Math.toDegrees(area.radiusKm() / (EARTH_RADIUS_KM * cosLat));
			if (area.longitude() - lonDelta > -180 && area.longitude() + lonDelta < 180) {
				predicates.add(cb.between(lon, area.longitude() - lonDelta, area.longitude() + lonDelta));
			}
		}
		double halfRadians = Math.PI / 360;
		Expression<Double> sinHalfDLat = sin(cb, cb.prod(cb.diff(lat, area.latitude()), halfRadians));
		Expression<Double> sinHalfDLon = sin(cb, cb.prod(cb.diff(lon, area.longitude()), halfRadians));
		Expression<Double> cosLat2 = cb.function("cos", Double.class, cb.prod(lat, Math.PI / 180));
		Expression<Double> a = cb.sum(cb.prod(sinHalfDLat, sinHalfDLat),
				cb.prod(cb.prod(cosLat2, cosLat), cb.prod(sinHalfDLon, sinHalfDLon)));
		double limit = Math.sin(Math.min(area.radiusKm() / (2 * EARTH_RADIUS_KM), Math.PI / 2));
		predicates.add(cb.le(a, limit * limit));
		return predicates;
	}

	private static Expression<Double> sin(CriteriaBuilder cb, Expression<Double> radians) {
		return cb.function("sin", Double.class, radians);
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
