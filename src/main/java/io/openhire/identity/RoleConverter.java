package io.openhire.identity;

import io.openhire.shared.Role;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores roles as their API values ({@code admin}, ...), as the table's check expects.
 */
@Converter(autoApply = true)
class RoleConverter implements AttributeConverter<Role, String> {

	@Override
	public String convertToDatabaseColumn(Role role) {
		return role.value();
	}

	@Override
	public Role convertToEntityAttribute(String value) {
		return Role.of(value);
	}

}
