package io.openhire.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import io.openhire.shared.ApiProblem;
import jakarta.persistence.AttributeConverter;
import org.jspecify.annotations.Nullable;

/**
 * The catalog's enums as the API and the database write them: lower case
 * ({@code clinical}, {@code bachelor}).
 */
final class ApiValues {

	private ApiValues() {
	}

	static String of(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The constant named {@code value}, or {@code null} for a blank one.
	 * @throws ApiProblem {@code validation_failed} naming {@code field} for any other
	 * value
	 */
	static <E extends Enum<E>> @Nullable E parse(Class<E> type, String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (of(constant).equals(value.strip())) {
				return constant;
			}
		}
		throw ApiProblem.invalid(field, "Must be one of "
				+ Arrays.stream(type.getEnumConstants()).map(ApiValues::of).collect(Collectors.joining(", ")) + ".");
	}

	/** Stores an enum as its API value. */
	abstract static class Converter<E extends Enum<E>> implements AttributeConverter<E, String> {

		private final Class<E> type;

		Converter(Class<E> type) {
			this.type = type;
		}

		@Override
		public String convertToDatabaseColumn(E value) {
			return of(value);
		}

		@Override
		public E convertToEntityAttribute(String value) {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}

	}

}
