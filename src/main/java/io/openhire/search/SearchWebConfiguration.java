package io.openhire.search;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The search module's Spring MVC settings: how {@code GET /jobs/search} reads its query.
 */
@Configuration(proxyBeanMethods = false)
class SearchWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new SearchRequestArguments());
	}

}
