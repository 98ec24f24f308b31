package io.openhire.platform.health;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

import org.springframework.stereotype.Component;

/**
 * The search index answers a query: a count over every indexed type, which fails if the
 * Lucene directory or the Elasticsearch cluster cannot be read.
 */
@Component
class SearchCheck implements HealthCheck {

	private final EntityManagerFactory entityManagerFactory;

	SearchCheck(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public String name() {
		return "search";
	}

	@Override
	public Map<String, Object> check() {
		SearchMapping mapping = Search.mapping(entityManagerFactory);
		List<? extends Class<?>> types = mapping.allIndexedEntities()
			.stream()
			.map(SearchIndexedEntity::javaClass)
			.toList();
		if (types.isEmpty()) {
			return Map.of("indexed_types", 0);
		}
		try (var entityManager = entityManagerFactory.createEntityManager()) {
			long documents = Search.session(entityManager)
				.search(types)
				.where((f) -> f.matchAll())
				.fetchTotalHitCount();
			return Map.of("indexed_types", types.size(), "documents", documents);
		}
	}

}
