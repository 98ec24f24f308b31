package io.openhire.jobs;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A list of short texts kept as a JSON array in a varchar column: always read and written
 * whole with its row, never filtered on.
 */
@Converter
class JsonStrings implements AttributeConverter<List<String>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String convertToDatabaseColumn(List<String> values) {
		return JSON.writeValueAsString(values);
	}

	@Override
	public List<String> convertToEntityAttribute(@Nullable String json) {
		// null where an outer join found no row (a job without questions)
		if (json == null) {
			return List.of();
		}
		return List.copyOf(JSON.readValue(json, new TypeReference<List<String>>() {
		}));
	}

}
