package io.openhire.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/** Enums as the API spells them: lower snake_case ({@code pending_review}). */
public final class ApiEnums {

	private ApiEnums() {
	}

	public static String value(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The constant a query parameter names (in any letter case), {@code null} when blank.
	 * @throws ApiProblem {@code validation_failed} naming the parameter and the values it
	 * takes
	 */
	public static <E extends Enum<E>> @Nullable E parameter(Class<E> type, String name, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.invalid(name, "Must be one of "
					+ Arrays.stream(type.getEnumConstants()).map(ApiEnums::value).collect(Collectors.joining(", "))
					+ ".");
		}
	}

}
