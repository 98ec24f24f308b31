package io.openhire.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code openhire.cors.origins} ({@code OPENHIRE_CORS_ORIGINS}): the browser origins
 * allowed to call the API, comma-separated; none by default.
 */
@ConfigurationProperties("openhire.cors")
record CorsSettings(List<String> origins) {

	CorsSettings {
		origins = (origins == null) ? List.of()
				: origins.stream().map(String::strip).filter((o) -> !o.isEmpty()).toList();
	}

}
