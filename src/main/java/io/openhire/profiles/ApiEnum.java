package io.openhire.profiles;

import java.util.Locale;

import jakarta.persistence.AttributeConverter;
import org.jspecify.annotations.Nullable;

/**
 * The enums of this module travel as their lower snake_case API values, in JSON and in
 * the database alike ({@code not_available}).
 */
final class ApiEnum {

	private ApiEnum() {
	}

	static String value(Enum<?> constant) {
		return constant.name().toLowerCase(Locale.ROOT);
	}

	static <E extends Enum<E>> E of(Class<E> type, String value) {
		return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
	}

	/** Stores an enum as its API value. */
	abstract static class Column<E extends Enum<E>> implements AttributeConverter<E, String> {

		private final Class<E> type;

		Column(Class<E> type) {
			this.type = type;
		}

		@Override
		public @Nullable String convertToDatabaseColumn(@Nullable E value) {
			return (value != null) ? value(value) : null;
		}

		@Override
		public @Nullable E convertToEntityAttribute(@Nullable String value) {
			return (value != null) ? of(type, value) : null;
		}

	}

}
