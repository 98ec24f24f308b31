package io.openhire.platform.web;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.DatabindException;

/** Names fields in error messages the way clients send them: snake_case JSON paths. */
final class FieldNames {

	private static final Pattern UPPER = Pattern.compile("(?<=[a-z0-9])([A-Z])");

	private FieldNames() {
	}

	/** {@code "location.postalCode"} → {@code "location.postal_code"}. */
	static String toJson(String javaPath) {
		return UPPER.matcher(javaPath).replaceAll("_$1").toLowerCase(java.util.Locale.ROOT);
	}

	/** The path of the offending value in the request body: {@code skills[0].level}. */
	static String jsonPath(DatabindException ex) {
		String path = ex.getPath()
			.stream()
			.map((reference) -> (reference.getPropertyName() != null) ? "." + reference.getPropertyName()
					: "[" + reference.getIndex() + "]")
			.collect(Collectors.joining());
		return path.startsWith(".") ? path.substring(1) : path;
	}

}
