package io.openhire.applications;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The answers of an application as a JSON object in a varchar column
 * ({@code {question_id: answer}}): always read and written whole with the row.
 */
@Converter
class JsonAnswers implements AttributeConverter<Map<String, Object>, String> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String convertToDatabaseColumn(Map<String, Object> answers) {
		return JSON.writeValueAsString(answers);
	}

	@Override
	public Map<String, Object> convertToEntityAttribute(String json) {
		return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() {
		});
	}

	/** The answers as reading them back from their column gives them. */
	static Map<String, Object> asStored(Map<String, Object> answers) {
		JsonAnswers json = new JsonAnswers();
		return json.convertToEntityAttribute(json.convertToDatabaseColumn(answers));
	}

}
