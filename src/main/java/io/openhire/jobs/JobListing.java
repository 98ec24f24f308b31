package io.openhire.jobs;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import io.openhire.shared.ApiProblem;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import io.openhire.shared.CursorQuery;
import io.openhire.shared.PageQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public job list: pages with a count in any ordering, and cursor pages for the
 * default ordering (newest first), keyed by {@code (published_at, id)}.
 */
@Service
@Transactional(readOnly = true)
class JobListing {

	/** A cursor page: the jobs and the positions next to them, if any. */
	record Slice<T>(List<T> results, @Nullable String nextPosition, @Nullable String previousPosition) {

	}

	private final Jobs jobs;

	private final JobViews views;

	private final Clock clock;

	private final EntityManager entityManager;

	private final JobListCounts counts;

	JobListing(Jobs jobs, JobViews views, EntityManager entityManager, Clock clock, JobListCounts counts) {
		this.jobs = jobs;
		this.counts = counts;
		this.entityManager = entityManager;
		this.views = views;
		this.clock = clock;
	}

	Page<JobSummary> page(JobFilter filter, JobOrdering ordering, PageQuery page) {
		Specification<Job> where = filter.specification(clock.instant());
		CriteriaBuilder cb = entityManager.getCriteriaBuilder();
		CriteriaQuery<Job> query = cb.createQuery(Job.class);
		Root<Job> root = query.from(Job.class);
		Predicate predicate = where.toPredicate(root, query, cb);
		if (predicate != null) {
			query.where(predicate);
		}
		query.orderBy(ordering.orders(root, cb));
		List<Job> found = entityManager.createQuery(query)
			.setFirstResult((int) page.offset())
			.setMaxResults(page.pageSize())
			.getResultList();
		PageRequest request = PageRequest.of(page.page() - 1, page.pageSize());
		return PageableExecutionUtils.getPage(views.summaries(found), request,
				() -> counts.count(filter, () -> jobs.count(where)));
	}

	/** Admin's list of jobs in any status (all when none), longest-waiting first. */
	Page<JobSummary> queue(@Nullable JobStatus status, PageQuery page) {
		Specification<Job> where = (root, query, cb) -> (status != null) ? cb.equal(root.get("status"), status)
				: cb.conjunction();
		Page<Job> found = jobs.findAll(where, PageRequest.of(page.page() - 1, page.pageSize(),
				Sort.by(Sort.Order.asc("updatedAt"), Sort.Order.asc("id"))));
		return new PageImpl<>(views.summaries(found.getContent()), found.getPageable(), found.getTotalElements());
	}

	Slice<JobSummary> cursor(JobFilter filter, CursorQuery cursor) {
		Specification<Job> where = filter.specification(clock.instant());
		Sort sort = JobOrdering.NEWEST.sort();
		if (!cursor.isFirstPage()) {
			Position position = Position.parse(cursor.position());
			where = where.and(cursor.backwards() ? position.before() : position.after());
			if (cursor.backwards()) {
				sort = JobOrdering.OLDEST.sort();
			}
		}
		int size = cursor.pageSize();
		Sort order = sort;
		List<Job> found = new ArrayList<>(jobs.findBy(where, (q) -> q.sortBy(order).limit(size + 1).all()));
		boolean more = found.size() > size;
		if (more) {
			found.remove(size);
		}
		if (cursor.backwards()) {
			Collections.reverse(found);
		}
		List<JobSummary> results = views.summaries(found);
		if (found.isEmpty()) {
			return new Slice<>(results, null, null);
		}
		String first = Position.of(found.get(0));
		String last = Position.of(found.get(found.size() - 1));
		boolean hasNext = cursor.backwards() || more;
		boolean hasPrevious = cursor.backwards() ? more : !cursor.isFirstPage();
		return new Slice<>(results, hasNext ? last : null, hasPrevious ? first : null);
	}

	/** Where a job sits in the newest-first ordering: {@code <published_at>|<id>}. */
	private record Position(Instant publishedAt, UUID id) {

		static String of(Job job) {
			return job.publishedAt() + "|" + job.id();
		}

		static Position parse(@Nullable String text) {
			int bar = (text != null) ? text.indexOf('|') : -1;
			if (bar < 0) {
				throw invalid();
			}
			try {
				return new Position(Instant.parse(text.substring(0, bar)), UUID.fromString(text.substring(bar + 1)));
			}
			catch (DateTimeParseException | IllegalArgumentException ex) {
				throw invalid();
			}
		}

		/** Later in the list: older, or as old with a smaller id. */
		Specification<Job> after() {
			return (root, query, cb) -> cb.or(cb.lessThan(root.get("publishedAt"), publishedAt),
					cb.and(cb.equal(root.get("publishedAt"), publishedAt), cb.lessThan(root.get("id"), id)));
		}

		Specification<Job> before() {
			return (root, query, cb) -> cb.or(cb.greaterThan(root.get("publishedAt"), publishedAt),
					cb.and(cb.equal(root.get("publishedAt"), publishedAt), cb.greaterThan(root.get("id"), id)));
		}

		private static ApiProblem invalid() {
			return ApiProblem.badRequest("invalid_cursor", "The cursor is not one this API gave out.");
		}

	}

}
