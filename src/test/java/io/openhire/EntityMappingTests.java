package io.openhire;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Entity;
import org.hibernate.annotations.BatchSize;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules for every entity that no single test of a module would notice.
 */
class EntityMappingTests {

	/**
	 * Batch fetching is set once, as {@code hibernate.default_batch_fetch_size}:
	 * Hibernate 7 builds a new loader, SQL included, at every load of an association
	 * whose own {@code @BatchSize} differs from it (measured: one thrown and caught
	 * exception and a fresh SQL AST per job read on the apply path).
	 */
	@Test
	void noEntityOverridesTheBatchFetchSize() throws ClassNotFoundException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
		List<String> overrides = new ArrayList<>();
		int entities = 0;
		for (BeanDefinition candidate : scanner.findCandidateComponents("io.openhire")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
			entities++;
			if (type.isAnnotationPresent(BatchSize.class)) {
				overrides.add(type.getSimpleName());
			}
			for (Field field : type.getDeclaredFields()) {
				if (field.isAnnotationPresent(BatchSize.class)) {
					overrides.add(type.getSimpleName() + "." + field.getName());
				}
			}
		}
		assertThat(entities).isGreaterThan(10);
		assertThat(overrides).isEmpty();
	}

}
