package io.openhire.platform.openapi;

import io.openhire.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@ApiTest
class OpenApiTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void schemaDeclaresTheBearerScheme() {
		MvcTestResult result = mvc.get().uri("/api/schema").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.openapi").asString().startsWith("3.");
		assertThat(result).bodyJson().extractingPath("$.components.securitySchemes.bearer.scheme").isEqualTo("bearer");
		assertThat(result).bodyJson()
			.extractingPath("$.components.securitySchemes.bearer.bearerFormat")
			.isEqualTo("JWT");
		assertThat(result).bodyJson().extractingPath("$.paths['/health']").isNotNull();
	}

	@Test
	void docsPageServesSwaggerUi() {
		MvcTestResult page = mvc.get().uri("/api/docs").exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText().contains("swagger-ui-bundle.js");
		assertThat(mvc.get().uri("/api/swagger-ui/swagger-ui-bundle.js").exchange()).hasStatusOk();
		assertThat(mvc.get().uri("/api/docs/init.js").exchange()).bodyText().contains("/api/schema");
	}

}
