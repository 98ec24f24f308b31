package io.openhire.companies;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** How a hospital or clinic is run (API.md "facility_type"). */
enum FacilityType {

	PUBLIC, PRIVATE, SPECIALTY;

	@JsonValue
	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	@Converter(autoApply = true)
	static class Column implements AttributeConverter<FacilityType, String> {

		@Override
		public @Nullable String convertToDatabaseColumn(@Nullable FacilityType type) {
			return (type != null) ? type.value() : null;
		}

		@Override
		public @Nullable FacilityType convertToEntityAttribute(@Nullable String value) {
			return (value != null) ? valueOf(value.toUpperCase(Locale.ROOT)) : null;
		}

	}

}
