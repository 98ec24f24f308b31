package io.openhire.analytics;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code details} of an audit event as the JSON object kept in the {@code details}
 * column, at most {@link #MAX_LENGTH} characters long.
 * <p>
 * Keys are sorted so equal details are stored alike. Keys and values are cut to a sane
 * length; if the object is still too long, entries are dropped from the end and
 * {@value #TRUNCATED} is added, so an oversized event is kept, visibly shortened, rather
 * than refused.
 */
final class AuditDetails {

	static final int MAX_LENGTH = 4000;

	static final int KEY_LENGTH = 50;

	static final int VALUE_LENGTH = 500;

	static final String TRUNCATED = "truncated";

	private static final JsonMapper JSON = JsonMapper.shared();

	private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
	};

	private AuditDetails() {
	}

	static String toJson(Map<String, String> details) {
		TreeMap<String, String> bounded = new TreeMap<>();
		details.forEach((key, value) -> bounded.put(ColumnText.fit(String.valueOf(key), KEY_LENGTH),
				ColumnText.fit(String.valueOf(value), VALUE_LENGTH)));
		String json = JSON.writeValueAsString(bounded);
		if (json.length() <= MAX_LENGTH) {
			return json;
		}
		Map<String, String> kept = new LinkedHashMap<>(bounded);
		Iterator<String> fromTheEnd = bounded.descendingKeySet().iterator();
		do {
			kept.remove(fromTheEnd.next());
			kept.put(TRUNCATED, "true");
			json = JSON.writeValueAsString(kept);
		}
		while (json.length() > MAX_LENGTH);
		return json;
	}

	static Map<String, String> fromJson(String json) {
		return JSON.readValue(json, MAP);
	}

}
