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
 * A node that starts with an empty index while there are published jobs, or an empty
 * candidate index while there are candidate profiles (the first start after this module
 * or candidate search arrived, a lost or new Lucene directory, a new Elasticsearch
 * cluster) rebuilds search in the background, as {@code search reindex} does; until it is
 * done, {@code /health/search} says {@code ready: false}. Off in command mode and where
 * {@code openhire.search.index-when-empty=false} (the tests).
 */
@Component
@ConditionalOnProperty(name = "openhire.search.index-when-empty", havingValue = "true", matchIfMissing = true)
class EmptyIndexBootstrap {

	private static final Logger log = LoggerFactory.getLogger(EmptyIndexBootstrap.class);

	private final EntityManagerFactory entityManagerFactory;

	private final JobProjection projection;

	private final CandidateProjection candidates;

	private final Reindexing reindexing;

	EmptyIndexBootstrap(EntityManagerFactory entityManagerFactory, JobProjection projection,
			CandidateProjection candidates, Reindexing reindexing) {
		this.entityManagerFactory = entityManagerFactory;
		this.projection = projection;
		this.candidates = candidates;
		this.reindexing = reindexing;
	}

	@EventListener
	void on(ApplicationReadyEvent event) {
		String type = event.getApplicationContext().getEnvironment().getProperty("spring.main.web-application-type");
		if (!"none".equals(type) && isEmptyWhileJobsArePublished()) {
			Thread.ofVirtual().name("search-bootstrap").start(this::rebuild);
		}
	}

	boolean isEmptyWhileJobsArePublished() {
		try (var entityManager = entityManagerFactory.createEntityManager()) {
			var session = Search.session(entityManager);
			long jobs = session.search(JobDocument.class).where((f) -> f.matchAll()).fetchTotalHitCount();
			long profiles = session.search(CandidateDocument.class).where((f) -> f.matchAll()).fetchTotalHitCount();
			return (jobs == 0 && !projection.publishedIds(null, 1).isEmpty())
					|| (profiles == 0 && !candidates.profileIds(null, 1).isEmpty());
		}
	}

	private void rebuild() {
		log.info("A search index is empty while there are jobs or candidates: rebuilding search in the background");
		try {
			Reindexing.Outcome outcome = reindexing.run(log::info);
			log.info("Search rebuilt: {} documents indexed in {} ms", outcome.indexed(), outcome.millis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			log.error("Rebuilding search failed; run 'search reindex'", ex);
		}
	}

}
