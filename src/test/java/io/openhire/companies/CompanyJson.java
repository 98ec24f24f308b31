package io.openhire.companies;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Company request bodies for tests: a valid company with a unique name, changed field by
 * field. Tests share one database, so every name is new.
 */
final class CompanyJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtomicLong SEQUENCE = new AtomicLong();

	private final Map<String, @Nullable Object> fields = new LinkedHashMap<>();

	private CompanyJson() {
	}

	/** A company with a unique name and the type {@code company}. */
	static CompanyJson company() {
		return new CompanyJson().with("name", uniqueName("Acme")).with("type", "company");
	}

	/** A Dutch hospital with every field filled in. */
	static CompanyJson hospital() {
		return new CompanyJson().with("name", uniqueName("Sint Lucas Ziekenhuis"))
			.with("type", "hospital")
			.with("facility_type", "public")
			.with("bed_capacity", 450)
			.with("description", "A teaching hospital.")
			.with("industry", "Healthcare")
			.with("size", "1001-5000")
			.with("website", "https://ziekenhuis.example.nl")
			.with("email", "jobs@ziekenhuis.example.nl")
			.with("phone", "020 123 4567")
			.with("logo_url", "https://cdn.example.nl/logo.png")
			.with("headquarters",
					Map.of("address", "Jan Tooropstraat 164", "city", "Amsterdam", "region", "Noord-Holland",
							"postal_code", "1061ae", "country", "nl", "latitude", 52.37, "longitude", 4.83))
			.with("registration_number", "12345678")
			.with("registration_country", "NL")
			.with("founded_year", 1911)
			.with("benefits", java.util.List.of("Pension", "Training budget"))
			.with("social_links", Map.of("linkedin", "https://www.linkedin.com/company/example"));
	}

	static String uniqueName(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8) + " " + SEQUENCE.incrementAndGet();
	}

	CompanyJson with(String field, @Nullable Object value) {
		fields.put(field, value);
		return this;
	}

	CompanyJson without(String field) {
		fields.remove(field);
		return this;
	}

	@Nullable Object get(String field) {
		return fields.get(field);
	}

	@Override
	public String toString() {
		return JSON.writeValueAsString(fields);
	}

	static String json(Map<String, ?> value) {
		return JSON.writeValueAsString(value);
	}

}
