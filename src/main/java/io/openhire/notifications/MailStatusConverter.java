package io.openhire.notifications;

import java.util.Locale;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores statuses as their API values ({@code held}, ...), as the table's check expects.
 */
@Converter(autoApply = true)
class MailStatusConverter implements AttributeConverter<MailStatus, String> {

	@Override
	public String convertToDatabaseColumn(MailStatus status) {
		return status.value();
	}

	@Override
	public MailStatus convertToEntityAttribute(String value) {
		return MailStatus.valueOf(value.toUpperCase(Locale.ROOT));
	}

}
