package io.openhire.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.PageQuery;
import org.jspecify.annotations.Nullable;

/**
 * A checked job search: the words of {@code q} (only letters and digits count, so query
 * syntax such as {@code title:(a OR} or {@code *} is plain text here), the filters of
 * {@code GET /jobs}, a geo circle, the sort, the facets asked for and the page.
 */
record JobQuery(List<String> words, List<UUID> companies, List<UUID> categories, List<String> jobTypes,
		List<String> experienceLevels, List<String> remoteOptions, @Nullable String location, @Nullable Area area,
		@Nullable Integer salaryMin, @Nullable Integer salaryMax, @Nullable String currency, List<UUID> skills,
		@Nullable String facilityType, @Nullable String companyType, @Nullable Integer postedWithinDays,
		@Nullable Boolean featured, Sort sort, List<String> facets, boolean highlight, PageQuery page) {

	static final int MAX_QUERY_LENGTH = 200;

	static final int MAX_WORDS = 20;

	static final Set<String> JOB_TYPES = Set.of("full_time", "part_time", "contract", "temporary", "internship",
			"freelance");

	static final Set<String> EXPERIENCE_LEVELS = Set.of("entry", "mid", "senior", "lead", "executive");

	static final Set<String> REMOTE_OPTIONS = Set.of("on_site", "remote", "hybrid");

	static final Set<String> FACETS = Set.of("job_type", "experience_level", "remote_option", "category", "company",
			"skills", "salary_range", "city");

	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	/** A circle on the earth. */
	record Area(double latitude, double longitude, double radiusKm) {

	}

	enum Sort {

		RELEVANCE, DATE, SALARY, DISTANCE

	}

	boolean hasText() {
		return !words.isEmpty();
	}

	String text() {
		return String.join(" ", words);
	}

	/**
	 * Checks every parameter at once.
	 * @throws ApiProblem {@code validation_failed} naming each bad parameter
	 */
	static JobQuery of(SearchRequest request) {
		Map<String, List<String>> errors = new LinkedHashMap<>();
		String q = request.q();
		List<String> words = List.of();
		if (q != null && q.length() > MAX_QUERY_LENGTH) {
			error(errors, "q", "Use at most " + MAX_QUERY_LENGTH + " characters.");
		}
		else if (q != null) {
			words = words(q);
			if (words.size() > MAX_WORDS) {
				error(errors, "q", "Use at most " + MAX_WORDS + " words.");
			}
		}
		Area area = area(request, errors);
		Sort sort = sort(request.sort(), area, errors);
		int page = (request.page() != null) ? request.page() : 1;
		int pageSize = (request.pageSize() != null) ? request.pageSize() : PageQuery.DEFAULT_PAGE_SIZE;
		check(errors, page >= 1, "page", "Must be 1 or more.");
		check(errors, pageSize >= 1 && pageSize <= PageQuery.MAX_PAGE_SIZE, "page_size",
				"Must be between 1 and " + PageQuery.MAX_PAGE_SIZE + ".");
		check(errors, (long) page * pageSize <= 10_000, "page", "Pages reach at most the 10,000th result.");
		Integer days = request.postedWithinDays();
		check(errors, days == null || (days >= 1 && days <= 3650), "posted_within_days", "Must be between 1 and 3650.");
		check(errors, request.salaryMin() == null || request.salaryMin() >= 0, "salary_min", "Must be 0 or more.");
		check(errors, request.salaryMax() == null || request.salaryMax() >= 0, "salary_max", "Must be 0 or more.");
		String location = blankToNull(request.location());
		check(errors, location == null || location.length() <= 100, "location", "Use at most 100 characters.");
		String facility = lower(request.facilityType());
		check(errors, facility == null || Set.of("public", "private", "specialty").contains(facility), "facility_type",
				"Must be one of public, private, specialty.");
		List<String> facets = values(request.facets(), "facets", FACETS, errors);
		List<UUID> skills = ids(request.skills(), "skills", errors);
		check(errors, skills.size() <= 20, "skills", "Give at most 20 skills.");
		List<UUID> companies = ids(request.company(), "company", errors);
		List<UUID> categories = ids(request.category(), "category", errors);
		List<String> jobTypes = values(request.jobType(), "job_type", JOB_TYPES, errors);
		List<String> levels = values(request.experienceLevel(), "experience_level", EXPERIENCE_LEVELS, errors);
		List<String> remote = values(request.remoteOption(), "remote_option", REMOTE_OPTIONS, errors);
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
		String currency = blankToNull(request.currency());
		return new JobQuery(words, companies, categories, jobTypes, levels, remote, location, area, request.salaryMin(),
				request.salaryMax(), (currency != null) ? currency.strip().toUpperCase(Locale.ROOT) : null, skills,
				facility, lower(request.companyType()), days, request.featured(), sort, facets,
				Boolean.TRUE.equals(request.highlight()), new PageQuery(page, pageSize));
	}

	static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		for (String word : NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

	private static @Nullable Area area(SearchRequest request, Map<String, List<String>> errors) {
		Double lat = request.lat();
		Double lon = request.lon();
		Double radius = request.radiusKm();
		if (lat == null && lon == null) {
			check(errors, radius == null, "radius_km", "Give lat and lon with radius_km.");
			return null;
		}
		check(errors, lat != null, "lat", "Give lat with lon.");
		check(errors, lon != null, "lon", "Give lon with lat.");
		check(errors, lat == null || (lat >= -90 && lat <= 90), "lat", "Must be between -90 and 90.");
		check(errors, lon == null || (lon >= -180 && lon <= 180), "lon", "Must be between -180 and 180.");
		check(errors, radius == null || (radius > 0 && radius <= 20_000), "radius_km",
				"Must be more than 0 and at most 20000.");
		if (lat == null || lon == null || !errors.isEmpty()) {
			return null;
		}
		return new Area(lat, lon, (radius != null) ? radius : 50.0);
	}

	private static Sort sort(@Nullable String value, @Nullable Area area, Map<String, List<String>> errors) {
		String sort = lower(value);
		if (sort == null) {
			return Sort.RELEVANCE;
		}
		for (Sort candidate : Sort.values()) {
			if (candidate.name().toLowerCase(Locale.ROOT).equals(sort)) {
				check(errors, candidate != Sort.DISTANCE || area != null, "sort",
						"Sorting by distance needs lat and lon.");
				return candidate;
			}
		}
		error(errors, "sort", "Must be one of relevance, date, salary, distance.");
		return Sort.RELEVANCE;
	}

	private static List<String> values(@Nullable List<String> given, String name, Set<String> allowed,
			Map<String, List<String>> errors) {
		List<String> values = new ArrayList<>();
		for (String value : split(given)) {
			String key = value.toLowerCase(Locale.ROOT);
			if (allowed.contains(key)) {
				values.add(key);
			}
			else {
				error(errors, name, "Unknown value " + abbreviate(value) + "; use "
						+ String.join(", ", allowed.stream().sorted().toList()) + ".");
			}
		}
		return values.stream().distinct().toList();
	}

	private static List<UUID> ids(@Nullable List<String> given, String name, Map<String, List<String>> errors) {
		List<UUID> ids = new ArrayList<>();
		for (String value : split(given)) {
			try {
				ids.add(UUID.fromString(value));
			}
			catch (IllegalArgumentException ex) {
				error(errors, name, "Must be ids; " + abbreviate(value) + " is not one.");
			}
		}
		return ids.stream().distinct().toList();
	}

	private static List<String> split(@Nullable List<String> given) {
		List<String> values = new ArrayList<>();
		if (given != null) {
			for (String value : given) {
				if (value == null) {
					continue;
				}
				for (String part : value.split(",")) {
					if (!part.isBlank()) {
						values.add(part.strip());
					}
				}
			}
		}
		return values;
	}

	private static String abbreviate(String value) {
		return (value.length() > 40) ? value.substring(0, 40) + "…" : value;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static @Nullable String lower(@Nullable String value) {
		String text = blankToNull(value);
		return (text != null) ? text.toLowerCase(Locale.ROOT) : null;
	}

	private static void check(Map<String, List<String>> errors, boolean ok, String field, String message) {
		if (!ok) {
			error(errors, field, message);
		}
	}

	private static void error(Map<String, List<String>> errors, String field, String message) {
		errors.computeIfAbsent(field, (key) -> new ArrayList<>()).add(message);
	}

}
