package io.openhire.jobs;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.openhire.shared.ApiProblem;
import org.jspecify.annotations.Nullable;

/** An enum as the API spells it: lower snake_case. */
interface ApiValue {

	String value();

	/**
	 * The constant named by a query parameter, {@code null} when blank, or a 400 naming
	 * the parameter.
	 */
	static <E extends Enum<E> & ApiValue> @Nullable E parameter(Class<E> type, String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.invalid(name, "Must be one of "
					+ Arrays.stream(type.getEnumConstants()).map(ApiValue::value).collect(Collectors.joining(", "))
					+ ".");
		}
	}

}
