package io.openhire.platform.openapi;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/docs}: Swagger UI over {@code /api/schema}, answered directly (200) rather
 * than by springdoc's redirect, from the Swagger UI files springdoc serves.
 */
@RestController
class ApiDocsPage {

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="en">
			<head>
			  <meta charset="utf-8">
			  <title>Openhire API</title>
			  <link rel="stylesheet" href="/api/swagger-ui/swagger-ui.css">
			</head>
			<body>
			  <div id="swagger-ui"></div>
			  <script src="/api/swagger-ui/swagger-ui-bundle.js"></script>
			  <script src="/api/swagger-ui/swagger-ui-standalone-preset.js"></script>
			  <script src="/api/docs/init.js"></script>
			</body>
			</html>
			""";

	private static final String INIT = """
			window.ui = SwaggerUIBundle({
			  url: '/api/schema',
			  dom_id: '#swagger-ui',
			  deepLinking: true,
			  persistAuthorization: true,
			  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
			  layout: 'StandaloneLayout'
			});
			""";

	@GetMapping(path = "/api/docs", produces = MediaType.TEXT_HTML_VALUE)
	String page() {
		return PAGE;
	}

	@GetMapping(path = "/api/docs/init.js", produces = "text/javascript")
	String init() {
		return INIT;
	}

}
