package io.openhire.profiles;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.openhire.shared.ApiProblem;
import org.jspecify.annotations.Nullable;

/**
 * The problems found in a request beyond what its annotations check (dates in order, web
 * addresses, country codes), gathered per field and thrown together as one 400
 * {@code validation_failed}.
 */
final class Problems {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final Map<String, List<String>> errors = new LinkedHashMap<>();

	void add(String field, String message) {
		errors.computeIfAbsent(field, (key) -> new ArrayList<>()).add(message);
	}

	void check(boolean ok, String field, String message) {
		if (!ok) {
			add(field, message);
		}
	}

	void notBefore(@Nullable LocalDate start, @Nullable LocalDate end, String endField, String startField) {
		if (start != null && end != null && end.isBefore(start)) {
			add(endField, "Must not be before " + startField + ".");
		}
	}

	/** An absolute http(s) address, as links on a profile must be. */
	void webAddress(@Nullable String value, String field) {
		if (value == null || value.isBlank()) {
			return;
		}
		try {
			URI uri = new URI(value.strip());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
				add(field, "Enter a web address starting with https://.");
			}
		}
		catch (URISyntaxException ex) {
			add(field, "Enter a web address starting with https://.");
		}
	}

	void country(@Nullable String value, String field) {
		if (value != null && !COUNTRIES.contains(value.strip().toUpperCase(Locale.ROOT))) {
			add(field, "Use an ISO 3166 two-letter country code (NL, DE, ...).");
		}
	}

	void merge(Map<String, List<String>> more) {
		more.forEach((field, messages) -> messages.forEach((message) -> add(field, message)));
	}

	boolean isEmpty() {
		return errors.isEmpty();
	}

	void throwIfAny() {
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
	}

	/** Trims text a person typed; blank becomes absent. */
	static @Nullable String text(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String stripped = value.strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
