package io.openhire.companies;

import io.openhire.shared.VerificationStatus;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores verification statuses as their API values ({@code verified}, ...). Not
 * auto-applied: other modules store the same shared type with converters of their own.
 */
@Converter
class VerificationStatusColumn implements AttributeConverter<VerificationStatus, String> {

	@Override
	public String convertToDatabaseColumn(VerificationStatus status) {
		return status.value();
	}

	@Override
	public VerificationStatus convertToEntityAttribute(String value) {
		return VerificationStatus.of(value);
	}

}
