package io.openhire.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rebuilds search from the jobs and profiles modules: every published job and every
 * candidate profile is copied again (which also picks up renamed companies, categories
 * and skills), copies of jobs no longer published and of profiles that are gone are
 * removed, and the mass indexer rebuilds both indexes from {@code search_jobs} and
 * {@code search_candidates}.
 */
@Component
class Reindexing {

	private static final int BATCH = 500;

	/**
	 * Copies after which the database's statistics are brought up to date once during a
	 * rebuild, and again when the copying ends.
	 */
	private static final int ANALYZE_AFTER = 10_000;

	/**
	 * What a rebuild did.
	 *
	 * @param copied published jobs copied
	 * @param candidates candidate profiles copied
	 * @param indexed documents indexed (jobs and candidates)
	 */
	record Outcome(long copied, long candidates, long indexed, long millis) {

	}

	private final JobProjection projection;

	private final JobDocuments documents;

	private final CandidateProjection candidateProjection;

	private final CandidateDocuments candidateDocuments;

	private final EntityManagerFactory entityManagerFactory;

	private final SuggestionCatalog suggestions;

	private final RecentSearches recent;

	private final JdbcTemplate jdbc;

	Reindexing(JobProjection projection, JobDocuments documents, CandidateProjection candidateProjection,
			CandidateDocuments candidateDocuments, EntityManagerFactory entityManagerFactory,
			SuggestionCatalog suggestions, RecentSearches recent, JdbcTemplate jdbc) {
		this.suggestions = suggestions;
		this.recent = recent;
		this.jdbc = jdbc;
		this.projection = projection;
		this.documents = documents;
		this.candidateProjection = candidateProjection;
		this.candidateDocuments = candidateDocuments;
		this.entityManagerFactory = entityManagerFactory;
	}

	Outcome run(Consumer<String> progress) throws InterruptedException {
		long started = System.nanoTime();
		Set<UUID> published = new HashSet<>();
		UUID after = null;
		for (List<UUID> ids = projection.publishedIds(null, BATCH); !ids.isEmpty(); ids = projection.publishedIds(after,
				BATCH)) {
			List<UUID> batch = ids;
			int before = published.size();
			published.addAll(CopyRefresh.retried(() -> projection.copyForRebuild(batch)));
			analyzeOnceAt(before, published.size());
			after = ids.get(ids.size() - 1);
			progress.accept("Copied " + published.size() + " published jobs");
		}
		// copies of jobs no longer published: the same batched copy removes them
		List<UUID> stale = documents.findAllIds().stream().filter((id) -> !published.contains(id)).toList();
		for (int from = 0; from < stale.size(); from += BATCH) {
			List<UUID> batch = stale.subList(from, Math.min(from + BATCH, stale.size()));
			CopyRefresh.retried(() -> projection.copyForRebuild(batch));
		}
		suggestions.changed();
		Set<UUID> profiles = copyCandidates(progress);
		// the mass indexer reads the copies back by id
		analyze();
		AtomicLong indexed = new AtomicLong();
		Search.mapping(entityManagerFactory)
			.scope(List.<Class<?>>of(JobDocument.class, CandidateDocument.class))
			.massIndexer()
			.purgeAllOnStart(true)
			// one segment after a full rebuild: at 1,000,000 jobs searches served 134/s
			// instead
			// of 95/s at 200/s offered, p99 264 ms instead of 417 ms (18 segments before;
			// the merge took 12 s)
			.mergeSegmentsOnFinish(true)
			.threadsToLoadObjects(2)
			.batchSizeToLoadObjects(100)
			.monitor(new Progress(indexed, progress))
			.startAndWait();
		recent.forget();
		return new Outcome(published.size(), profiles.size(), indexed.get(), (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Statistics taken while a copy table was empty (say, by {@code demo seed}) make the
	 * planner read it whole for every batch: at a million jobs the copying fell from
	 * 4,400 to 50 jobs/s on PostgreSQL without autovacuum. A rebuild therefore updates
	 * them itself, once the copies are many enough to matter.
	 */
	private void analyzeOnceAt(int before, int after) {
		if (before < ANALYZE_AFTER && after >= ANALYZE_AFTER) {
			analyze();
		}
	}

	/** {@code analyze}: every table, in the syntax PostgreSQL and H2 share. */
	private void analyze() {
		jdbc.execute("analyze");
	}

	private Set<UUID> copyCandidates(Consumer<String> progress) {
		Set<UUID> profiles = new HashSet<>();
		UUID after = null;
		for (List<UUID> ids = candidateProjection.profileIds(null, BATCH); !ids.isEmpty(); ids = candidateProjection
			.profileIds(after, BATCH)) {
			List<UUID> batch = ids;
			int before = profiles.size();
			profiles.addAll(CopyRefresh.retried(() -> candidateProjection.copyForRebuild(batch)));
			analyzeOnceAt(before, profiles.size());
			after = ids.get(ids.size() - 1);
			progress.accept("Copied " + profiles.size() + " candidate profiles");
		}
		List<UUID> stale = candidateDocuments.findAllIds().stream().filter((id) -> !profiles.contains(id)).toList();
		for (int from = 0; from < stale.size(); from += BATCH) {
			List<UUID> batch = stale.subList(from, Math.min(from + BATCH, stale.size()));
			CopyRefresh.retried(() -> candidateProjection.copyForRebuild(batch));
		}
		return profiles;
	}

	private record Progress(AtomicLong indexed, Consumer<String> progress) implements MassIndexingMonitor {

		@Override
		public void documentsAdded(long increment) {
			long now = indexed.addAndGet(increment);
			if (now / 1000 != (now - increment) / 1000) {
				progress.accept("Indexed " + now + " documents");
			}
		}

		@Override
		public void documentsBuilt(long increment) {
		}

		@Override
		public void entitiesLoaded(long increment) {
		}

		@Override
		public void indexingCompleted() {
			progress.accept("Indexed " + indexed.get() + " documents: done");
		}

	}

}
