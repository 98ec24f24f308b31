package io.openhire.profiles;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The filters of {@code GET /candidates}, checked; the {@link CandidateSearchIndex}
 * answers them:
 * <ul>
 * <li>{@code q}: words in the headline, desired role, skill names, experience job titles
 * or bio (stemmed, typos allowed; see {@code docs/search.md});</li>
 * <li>{@code skills}: every one of these catalog skills, each at {@code min_level} or
 * more when given;</li>
 * <li>{@code location}: a city, region or country (code) that starts with it;</li>
 * <li>{@code lat, lon, radius_km}: profiles whose coordinates lie within the radius
 * (great-circle distance);</li>
 * <li>{@code min_experience_years}, {@code open_to_remote};</li>
 * <li>{@code available}: {@code true} for status {@code available} or {@code open},
 * {@code false} for the others.</li>
 * </ul>
 * Private profiles are left out unless {@code includePrivate} (admins).
 */
public record CandidateFilter(@Nullable String q, List<UUID> skills, @Nullable Integer minLevel,
		@Nullable String location, @Nullable Area area, @Nullable Integer minExperienceYears,
		@Nullable Boolean available, @Nullable Boolean openToRemote, boolean includePrivate) {

	/** A circle on the earth. */
	public record Area(double latitude, double longitude, double radiusKm) {

	}

	public CandidateFilter {
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

}
