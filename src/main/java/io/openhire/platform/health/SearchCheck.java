package io.openhire.platform.health;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.entity.SearchIndexedEntity;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The search index answers a query: a count over every indexed type, which fails if the
 * Lucene directory or the Elasticsearch cluster cannot be read. {@code ready} tells
 * whether the index holds as many documents as the database has rows of the indexed
 * entities (false while an index is being rebuilt or if it was lost: run
 * {@code search reindex}); the check stays healthy either way, since searches answer.
 */
@Component
class SearchCheck implements HealthCheck {

	private final EntityManagerFactory entityManagerFactory;

	private final String backend;

	SearchCheck(EntityManagerFactory entityManagerFactory, Environment environment) {
		this.entityManagerFactory = entityManagerFactory;
		this.backend = environment.getProperty("openhire.search.backend", "lucene");
	}

	@Override
	public String name() {
		return "search";
	}

	@Override
	public Map<String, Object> check() {
		SearchMapping mapping = Search.mapping(entityManagerFactory);
		List<? extends SearchIndexedEntity<?>> entities = List.copyOf(mapping.allIndexedEntities());
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("backend", backend);
		details.put("indexed_types", entities.size());
		if (entities.isEmpty()) {
			return details;
		}
		try (var entityManager = entityManagerFactory.createEntityManager()) {
			long documents = Search.session(entityManager)
				.search(entities.stream().<Class<?>>map(SearchIndexedEntity::javaClass).toList())
				.where((f) -> f.matchAll())
				.fetchTotalHitCount();
			long rows = 0;
			for (SearchIndexedEntity<?> entity : entities) {
				rows += entityManager.createQuery("select count(e) from " + entity.jpaName() + " e", Long.class)
					.getSingleResult();
			}
			details.put("documents", documents);
			details.put("rows", rows);
			details.put("ready", documents == rows);
			return details;
		}
	}

}
