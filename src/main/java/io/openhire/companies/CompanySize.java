package io.openhire.companies;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;
import io.openhire.shared.ApiProblem;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** How many people a company employs, as a band (API.md "company size"). */
enum CompanySize {

	UP_TO_10("1-10"), UP_TO_50("11-50"), UP_TO_200("51-200"), UP_TO_500("201-500"), UP_TO_1000("501-1000"),
	UP_TO_5000("1001-5000"), OVER_5000("5001+");

	private final String value;

	CompanySize(String value) {
		this.value = value;
	}

	@JsonValue
	String value() {
		return value;
	}

	static CompanySize of(String value) {
		String wanted = value.strip();
		return Arrays.stream(values())
			.filter((size) -> size.value.equals(wanted))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No company size " + value));
	}

	/** The size named by a query parameter, or a 400 naming the parameter. */
	static CompanySize parameter(String name, String value) {
		try {
			return of(value);
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.invalid(name, "Must be one of "
					+ Arrays.stream(values()).map(CompanySize::value).collect(Collectors.joining(", ")) + ".");
		}
	}

	@Converter(autoApply = true)
	static class Column implements AttributeConverter<CompanySize, String> {

		@Override
		public @Nullable String convertToDatabaseColumn(@Nullable CompanySize size) {
			return (size != null) ? size.value() : null;
		}

		@Override
		public @Nullable CompanySize convertToEntityAttribute(@Nullable String value) {
			return (value != null) ? of(value) : null;
		}

	}

}
