package io.openhire.companies;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;
import io.openhire.shared.ApiProblem;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** What kind of organisation a company is (API.md "company type"). */
enum CompanyType {

	COMPANY, HOSPITAL, CLINIC, AGENCY, NONPROFIT, GOVERNMENT, OTHER;

	@JsonValue
	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Hospitals and clinics have a facility type and beds; other companies do not. */
	boolean isCareFacility() {
		return this == HOSPITAL || this == CLINIC;
	}

	static CompanyType of(String value) {
		return valueOf(value.strip().toUpperCase(Locale.ROOT));
	}

	/** The type named by a query parameter, or a 400 naming the parameter. */
	static CompanyType parameter(String name, String value) {
		try {
			return of(value);
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.invalid(name, "Must be one of "
					+ Arrays.stream(values()).map(CompanyType::value).collect(Collectors.joining(", ")) + ".");
		}
	}

	@Converter(autoApply = true)
	static class Column implements AttributeConverter<CompanyType, String> {

		@Override
		public @Nullable String convertToDatabaseColumn(@Nullable CompanyType type) {
			return (type != null) ? type.value() : null;
		}

		@Override
		public @Nullable CompanyType convertToEntityAttribute(@Nullable String value) {
			return (value != null) ? of(value) : null;
		}

	}

}
