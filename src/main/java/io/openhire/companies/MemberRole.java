package io.openhire.companies;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/**
 * What a member may do for a company: owners manage the company and its members,
 * recruiters act for it (post jobs, handle applications).
 */
enum MemberRole {

	OWNER, RECRUITER;

	@JsonValue
	String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	@Converter(autoApply = true)
	static class Column implements AttributeConverter<MemberRole, String> {

		@Override
		public @Nullable String convertToDatabaseColumn(@Nullable MemberRole role) {
			return (role != null) ? role.value() : null;
		}

		@Override
		public @Nullable MemberRole convertToEntityAttribute(@Nullable String value) {
			return (value != null) ? valueOf(value.toUpperCase(Locale.ROOT)) : null;
		}

	}

}
