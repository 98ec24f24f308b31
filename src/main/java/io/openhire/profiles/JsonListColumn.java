package io.openhire.profiles;

import java.util.List;

import io.openhire.profiles.Choices.JobType;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a short list of strings as a JSON array in one column: such lists are read and
 * written whole with their row and never filtered on, so a child table would only add
 * statements.
 */
@Converter
class JsonListColumn implements AttributeConverter<List<String>, String> {

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	@Override
	public String convertToDatabaseColumn(List<String> values) {
		return JSON.writeValueAsString((values != null) ? values : List.of());
	}

	@Override
	public List<String> convertToEntityAttribute(String json) {
		return (json == null || json.isBlank()) ? List.of() : List.copyOf(JSON.readValue(json, STRINGS));
	}

	/** The job types a candidate wants, as their API values in a JSON array. */
	@Converter
	static class JobTypes implements AttributeConverter<List<JobType>, String> {

		private final JsonListColumn strings = new JsonListColumn();

		@Override
		public String convertToDatabaseColumn(List<JobType> values) {
			return strings
				.convertToDatabaseColumn((values != null) ? values.stream().map(ApiEnum::value).toList() : List.of());
		}

		@Override
		public List<JobType> convertToEntityAttribute(String json) {
			return strings.convertToEntityAttribute(json)
				.stream()
				.map((value) -> ApiEnum.of(JobType.class, value))
				.toList();
		}

	}

}
