package io.openhire.platform.idempotency;

import io.openhire.platform.web.ProblemResponses;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the idempotency decision in front of the API's endpoints. */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration implements WebMvcConfigurer {

	private final IdempotencyRecords records;

	private final ProblemResponses problems;

	IdempotencyConfiguration(IdempotencyRecords records, ProblemResponses problems) {
		this.records = records;
		this.problems = problems;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new IdempotencyInterceptor(records, problems)).addPathPatterns("/api/v1/**");
	}

}
