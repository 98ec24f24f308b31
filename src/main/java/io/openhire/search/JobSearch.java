package io.openhire.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import io.openhire.companies.CompanyDirectory;
import io.openhire.companies.CompanySummary;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.sort.SearchSort;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs job searches and "similar jobs" on the index (see {@link JobPredicates} for what
 * matches and how it scores). Results are loaded from {@code search_jobs} with their
 * company as the companies module shows it now.
 */
@Service
@Transactional(readOnly = true)
class JobSearch {

	/** Fewer hits than this, for a query with words, earn a did-you-mean suggestion. */
	static final int FEW_HITS = 3;

	private static final int SIMILAR = 10;

	private static final int SIMILAR_FROM_SAME_COMPANY = 3;

	/** A page of hits with facets and maybe a suggestion. */
	record Found(long count, List<JobHit> hits, Map<String, List<SearchPage.FacetValue>> facets,
			@Nullable String suggestion) {

	}

	private final EntityManager entityManager;

	private final JobDocuments documents;

	private final JobFacets facets;

	private final Spelling spelling;

	private final RecentSearches recent;

	/**
	 * Joins the caller's transaction; a kept search refreshed in the background gets one.
	 */
	private final TransactionTemplate readOnly;

	private final CompanyDirectory companies;

	private final RecencyBoost recency;

	private final Clock clock;

	JobSearch(EntityManager entityManager, JobDocuments documents, JobFacets facets, Spelling spelling,
			RecentSearches recent, CompanyDirectory companies, RecencyBoost recency, Clock clock,
			PlatformTransactionManager transactions) {
		this.recent = recent;
		this.recency = recency;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.entityManager = entityManager;
		this.documents = documents;
		this.facets = facets;
		this.spelling = spelling;
		this.companies = companies;
		this.clock = clock;
	}

	/**
	 * The words as written first; when they find fewer than {@link #FEW_HITS} jobs, again
	 * with typos allowed, and a did-you-mean suggestion if that finds few as well. Asked
	 * again within seconds, answered from {@link RecentSearches}.
	 */
	Found search(JobQuery query) {
		Instant now = clock.instant();
		RecentSearches.Ranked ranked = recent.get(query,
				() -> readOnly.execute((status) -> rank(query, clock.instant())));
		return found(ranked, now);
	}

	private RecentSearches.Ranked rank(JobQuery query, Instant now) {
		RecentSearches.Ranked ranked = rank(query, now, false);
		if (query.hasText() && ranked.count() < FEW_HITS) {
			ranked = rank(query, now, true);
		}
		if (query.hasText() && ranked.count() < FEW_HITS) {
			return new RecentSearches.Ranked(ranked.count(), ranked.hits(), ranked.facets(),
					spelling.suggest(query.words()).orElse(null));
		}
		return ranked;
	}

	/**
	 * The page in the query's order, the exact count and the facets asked for, in one
	 * pass over the hits. Counting only up to a threshold, so that Lucene may skip what
	 * cannot make the page, and counting the rest in a second pass was slower at a
	 * million jobs: many hits share the best score, so nothing is skipped and the hits
	 * are walked twice.
	 */
	private RecentSearches.Ranked rank(JobQuery query, Instant now, boolean typos) {
		SearchSession session = Search.session(entityManager);
		SearchScope<JobDocument> scope = session.scope(JobDocument.class);
		var page = session.search(scope)
			.select(ranking(scope, query.highlight()))
			.where(JobPredicates.where(scope.predicate(), query, now, typos, recency))
			.sort(sort(scope.sort(), query));
		if (query.highlight()) {
			page.highlighter((h) -> h.plain()
				.tag("<em>", "</em>")
				.encoder(HighlighterEncoder.HTML)
				.fragmentSize(150)
				.numberOfFragments(3));
		}
		List<JobFacets.Requested<?>> requested = facets.request(scope.aggregation(), query.facets());
		requested.forEach((facet) -> facet.addTo(page));
		SearchResult<RecentSearches.Hit> result = page.totalHitCountThreshold(Integer.MAX_VALUE)
			.fetch((int) query.page().offset(), query.page().pageSize());
		return new RecentSearches.Ranked(result.total().hitCount(), result.hits(), facets.read(result, requested),
				null);
	}

	private Found found(RecentSearches.Ranked ranked, Instant now) {
		return new Found(ranked.count(), jobs(ranked.hits(), now), ranked.facets(), ranked.suggestion());
	}

	/**
	 * The jobs of hits as their copies are now, in the hits' order: one that has lost its
	 * copy or expired since the search ran is left out. Read by id with Hibernate's
	 * multi-load (one statement with an array of ids, planned once, where an {@code in}
	 * list is planned again for every size), their skills in one batch likewise.
	 */
	private List<JobHit> jobs(List<RecentSearches.Hit> found, Instant now) {
		List<JobDocument> copies = entityManager.unwrap(Session.class)
			.findMultiple(JobDocument.class, found.stream().map(RecentSearches.Hit::id).toList());
		Map<UUID, CompanySummary> owners = companies
			.findAll(copies.stream().filter(Objects::nonNull).map(JobDocument::companyId).collect(Collectors.toSet()));
		List<JobHit> hits = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			RecentSearches.Hit hit = found.get(i);
			JobDocument copy = copies.get(i);
			if (copy != null && isOpen(copy, now)) {
				Float score = hit.score();
				hits.add(JobHit.of(copy, owners.get(copy.companyId()), (score == null || score.isNaN()) ? null : score,
						hit.highlights()));
			}
		}
		return hits;
	}

	@SuppressWarnings("unchecked")
	private static SearchProjection<RecentSearches.Hit> ranking(SearchScope<JobDocument> scope, boolean highlight) {
		var f = scope.projection();
		if (highlight) {
			return f.composite()
				.from(f.id(UUID.class), f.score(), f.highlight("title"), f.highlight("description"))
				.asList((row) -> new RecentSearches.Hit((UUID) row.get(0), (Float) row.get(1),
						Map.of("title", (List<String>) row.get(2), "description", (List<String>) row.get(3))))
				.toProjection();
		}
		return f.composite()
			.from(f.id(UUID.class), f.score())
			.as((id, score) -> new RecentSearches.Hit(id, score, null))
			.toProjection();
	}

	/**
	 * Up to 10 open jobs like this one: sharing title words, skills or description words
	 * (weighted in that order), at most 3 of them from the job's own company.
	 * @return empty when the job is not public now
	 */
	Optional<List<JobHit>> similar(UUID id) {
		Instant now = clock.instant();
		JobDocument job = documents.findById(id).orElse(null);
		if (job == null || !isOpen(job, now)) {
			return Optional.empty();
		}
		SearchSession session = Search.session(entityManager);
		SearchScope<JobDocument> scope = session.scope(JobDocument.class);
		SearchPredicateFactory f = scope.predicate();
		BooleanPredicateClausesStep<?, ?> like = f.bool();
		List<String> titleWords = JobQuery.words(job.title());
		if (!titleWords.isEmpty()) {
			like.should(f.match().field("title").matching(String.join(" ", titleWords)).boost(3f));
		}
		List<UUID> skills = job.skills().stream().map(IndexedSkill::skillId).toList();
		if (!skills.isEmpty()) {
			like.should(f.terms().field("skills.id").matchingAny(skills).boost(2f));
		}
		List<String> descriptionWords = JobQuery.words(job.description());
		if (!descriptionWords.isEmpty()) {
			like.should(f.match()
				.field("description")
				.matching(String.join(" ", descriptionWords.subList(0, Math.min(60, descriptionWords.size())))));
		}
		like.should(f.match().field("category").matching(job.categoryId()).boost(0.5f));
		like.minimumShouldMatchNumber(1);
		SearchPredicate where = f.bool()
			.must(like)
			.filter(JobPredicates.open(f, now))
			.mustNot(f.id().matching(id))
			.toPredicate();
		List<RecentSearches.Hit> found = session.search(scope)
			.select(ranking(scope, false))
			.where(where)
			.sort((s) -> s.score().then().field("published_at").desc())
			.fetchHits(SIMILAR * 4);
		List<JobHit> kept = new ArrayList<>();
		int sameCompany = 0;
		for (JobHit hit : jobs(found, now)) {
			boolean same = hit.company() != null && hit.company().id().equals(job.companyId());
			if (same && sameCompany >= SIMILAR_FROM_SAME_COMPANY) {
				continue;
			}
			sameCompany += same ? 1 : 0;
			kept.add(hit);
			if (kept.size() == SIMILAR) {
				break;
			}
		}
		return Optional.of(kept);
	}

	static boolean isOpen(JobDocument job, Instant now) {
		return (job.expiresAt() == null || job.expiresAt().isAfter(now))
				&& (job.applicationDeadline() == null || job.applicationDeadline().isAfter(now));
	}

	private static SearchSort sort(SearchSortFactory s, JobQuery query) {
		return switch (query.sort()) {
			case RELEVANCE -> s.score().then().field("published_at").desc().toSort();
			case DATE -> s.field("published_at").desc().then().score().toSort();
			case SALARY -> s.field("salary_max").desc().missing().last().then().score().toSort();
			case DISTANCE ->
				s.distance("location", query.area().latitude(), query.area().longitude()).asc().then().score().toSort();
		};
	}

}
