package io.openhire.search;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A node that starts with an empty index over a database that has searchable jobs (a lost
 * or new Lucene directory, a new Elasticsearch cluster) fills it in the background with
 * the mass indexer; until it is done, {@code /health/search} says {@code ready: false}.
 * Off in command mode and where {@code openhire.search.index-when-empty=false}.
 */
@Component
@ConditionalOnProperty(name = "openhire.search.index-when-empty", havingValue = "true", matchIfMissing = true)
class EmptyIndexBootstrap {

	private static final Logger log = LoggerFactory.getLogger(EmptyIndexBootstrap.class);

	private final EntityManagerFactory entityManagerFactory;

	private final JobDocuments documents;

	EmptyIndexBootstrap(EntityManagerFactory entityManagerFactory, JobDocuments documents) {
		this.entityManagerFactory = entityManagerFactory;
		this.documents = documents;
	}

	@EventListener
	void on(ApplicationReadyEvent event) {
		if (!"none"
			.equals(event.getApplicationContext().getEnvironment().getProperty("spring.main.web-application-type"))
				&& isEmptyOverRows()) {
			log.info("The search index is empty but {} jobs are searchable: indexing them in the background",
					documents.count());
			Search.mapping(entityManagerFactory)
				.scope(JobDocument.class)
				.massIndexer()
				.purgeAllOnStart(false)
				.threadsToLoadObjects(1)
				.start()
				.whenComplete((done, failure) -> {
					if (failure != null) {
						log.error("Indexing the searchable jobs failed; run 'search reindex'", failure);
					}
					else {
						log.info("Indexed the searchable jobs");
					}
				});
		}
	}

	boolean isEmptyOverRows() {
		try (var entityManager = entityManagerFactory.createEntityManager()) {
			return Search.session(entityManager)
				.search(JobDocument.class)
				.where((f) -> f.matchAll())
				.fetchTotalHitCount() == 0 && documents.count() > 0;
		}
	}

}
