package io.openhire.companies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Benefits and social links are stored as JSON text in varchar columns: they are read and
 * written whole with their company and never filtered on, so one column each keeps a
 * company (and a page of companies) to one row each, with no child rows to fetch.
 */
final class JsonColumns {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonColumns() {
	}

	@Converter
	static class Benefits implements AttributeConverter<List<String>, String> {

		@Override
		public String convertToDatabaseColumn(List<String> benefits) {
			return JSON.writeValueAsString(benefits);
		}

		@Override
		public List<String> convertToEntityAttribute(String json) {
			return List.copyOf(JSON.readValue(json, new TypeReference<List<String>>() {
			}));
		}

	}

	@Converter
	static class SocialLinks implements AttributeConverter<Map<String, String>, String> {

		@Override
		public String convertToDatabaseColumn(Map<String, String> links) {
			return JSON.writeValueAsString(links);
		}

		@Override
		public Map<String, String> convertToEntityAttribute(String json) {
			return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {
			});
		}

	}

}
