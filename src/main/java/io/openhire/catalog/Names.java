package io.openhire.catalog;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import io.openhire.shared.ApiProblem;
import org.jspecify.annotations.Nullable;

/**
 * How catalog names are written, compared and turned into slugs. Two names are the same
 * when their {@link #normalize normalized} forms are: trimmed, inner spaces collapsed,
 * lower case. The seed migration (V7) was generated with the same rules.
 */
final class Names {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

	private Names() {
	}

	/** The name as stored and shown: trimmed, inner runs of spaces collapsed to one. */
	static String display(String name) {
		return SPACES.matcher(name.strip()).replaceAll(" ");
	}

	/** The form that decides whether two names are the same. */
	static String normalize(String name) {
		return display(name).toLowerCase(Locale.ROOT);
	}

	/**
	 * The name in URL form: accents dropped, {@code +} as "plus", {@code #} as "sharp",
	 * {@code &} as "and", a leading dot as "dot" (C++ → c-plus-plus, .NET → dotnet).
	 */
	static String slug(String name) {
		String text = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
		text = text.toLowerCase(Locale.ROOT).replace("+", " plus ").replace("#", " sharp ").replace("&", " and ");
		if (text.startsWith(".")) {
			text = "dot" + text.substring(1);
		}
		text = trimDashes(NOT_SLUG.matcher(text).replaceAll("-"));
		text = trimDashes(text.substring(0, Math.min(text.length(), 100)));
		return text.isEmpty() ? "item" : text;
	}

	/**
	 * A required name checked and tidied.
	 * @throws ApiProblem {@code validation_failed} naming {@code field} when it is blank
	 * or longer than {@code max}
	 */
	static String required(String field, @Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			throw ApiProblem.invalid(field, "This field is required.");
		}
		String name = display(value);
		if (name.length() > max) {
			throw ApiProblem.invalid(field, "Use at most " + max + " characters.");
		}
		return name;
	}

	/** An optional text tidied: blank becomes {@code null}. */
	static @Nullable String optional(String field, @Nullable String value, int max) {
		return (value == null || value.isBlank()) ? null : required(field, value, max);
	}

	/** A search prefix for {@code like}: normalized, with the wildcards escaped. */
	static @Nullable String prefixPattern(@Nullable String q) {
		if (q == null || q.isBlank()) {
			return null;
		}
		if (q.length() > 100) {
			throw ApiProblem.invalid("q", "Use at most 100 characters.");
		}
		return normalize(q).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static String trimDashes(String text) {
		int start = 0;
		int end = text.length();
		while (start < end && text.charAt(start) == '-') {
			start++;
		}
		while (end > start && text.charAt(end - 1) == '-') {
			end--;
		}
		return text.substring(start, end);
	}

}
