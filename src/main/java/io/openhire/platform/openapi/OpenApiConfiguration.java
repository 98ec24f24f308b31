package io.openhire.platform.openapi;

import java.util.List;

import io.openhire.shared.CursorQuery;
import io.openhire.shared.PageQuery;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /api/schema} (Swagger UI at {@code /api/docs}): the
 * bearer scheme, and the pagination parameters of every list endpoint.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String BEARER = "bearer";

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(PageQuery.class, CursorQuery.class);
	}

	@Bean
	OpenAPI openhireApi() {
		return new OpenAPI()
			.info(new Info().title("Openhire API")
				.version("v1")
				.description("Job-portal API for candidates, employers and admins.")
				.license(new License().name("Proprietary")))
			.components(new Components().addSecuritySchemes(BEARER,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
			.addSecurityItem(new SecurityRequirement().addList(BEARER));
	}

	/**
	 * Declares {@code page}, {@code page_size} and {@code cursor} where a list takes
	 * them.
	 */
	@Bean
	OperationCustomizer paginationParameters() {
		return (operation, handler) -> {
			List<Class<?>> types = List.of(handler.getMethod().getParameterTypes());
			if (types.contains(PageQuery.class)) {
				operation.addParametersItem(query("page", new IntegerSchema().minimum(java.math.BigDecimal.ONE)));
			}
			if (types.contains(PageQuery.class) || types.contains(CursorQuery.class)) {
				operation.addParametersItem(query("page_size", new IntegerSchema().minimum(java.math.BigDecimal.ONE)
					.maximum(java.math.BigDecimal.valueOf(PageQuery.MAX_PAGE_SIZE))));
			}
			if (types.contains(CursorQuery.class)) {
				operation.addParametersItem(query("cursor", new StringSchema()));
			}
			return operation;
		};
	}

	private static Parameter query(String name, io.swagger.v3.oas.models.media.Schema<?> schema) {
		return new Parameter().in("query").name(name).required(false).schema(schema);
	}

}
