package io.openhire.applications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import io.openhire.companies.CompanyDirectory;
import io.openhire.companies.Membership;
import io.openhire.jobs.JobPostings;
import io.openhire.shared.ApiProblem;
import io.openhire.shared.CurrentUser;
import io.openhire.shared.CursorQuery;
import io.openhire.shared.CursorResponse;
import io.openhire.shared.PageQuery;
import io.openhire.shared.PageResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading applications: one, its history, and lists newest first (by the time-ordered id)
 * as pages with a count or as cursor pages.
 */
@Service
@Transactional(readOnly = true)
class ApplicationQueries {

	private static final Sort NEWEST = Sort.by(Sort.Order.desc("id"));

	private final Applications applications;

	private final StatusChanges changes;

	private final ApplicationAccess access;

	private final ApplicationViews views;

	private final CompanyDirectory companies;

	private final JobPostings postings;

	ApplicationQueries(Applications applications, StatusChanges changes, ApplicationAccess access,
			ApplicationViews views, CompanyDirectory companies, JobPostings postings) {
		this.applications = applications;
		this.changes = changes;
		this.access = access;
		this.views = views;
		this.companies = companies;
		this.postings = postings;
	}

	ApplicationView get(CurrentUser caller, UUID id) {
		return views.one(access.visible(caller, id), caller);
	}

	List<ApplicationView.Change> history(CurrentUser caller, UUID id) {
		Application application = access.visible(caller, id);
		return views.history(changes.findByApplicationIdOrderByChangedAtAscIdAsc(application.id()));
	}

	/**
	 * The caller's applications: own (candidate), their companies' (employer), all
	 * (admin).
	 */
	ApplicationFilter scope(CurrentUser caller, @Nullable UUID jobId, @Nullable ApplicationStatus status,
			@Nullable Instant appliedAfter) {
		if (caller.isCandidate()) {
			return new ApplicationFilter(caller.id(), null, jobId, status, appliedAfter);
		}
		if (caller.isEmployer()) {
			return new ApplicationFilter(null, companyIds(caller), jobId, status, appliedAfter);
		}
		return new ApplicationFilter(null, null, jobId, status, appliedAfter);
	}

	/**
	 * The filter of {@code GET /jobs/{id}/applications}: members of the job's company and
	 * admins; anyone else gets 404 as for a job they cannot see.
	 */
	ApplicationFilter ofJob(CurrentUser caller, UUID jobId, @Nullable ApplicationStatus status,
			@Nullable Instant appliedAfter) {
		JobPostings.Posting job = postings.find(jobId).orElseThrow(() -> ApiProblem.notFound("No such job."));
		if (!caller.isAdmin() && !(caller.isEmployer() && companies.isMember(job.companyId(), caller.id()))) {
			throw ApiProblem.notFound("No such job.");
		}
		return new ApplicationFilter(null, null, jobId, status, appliedAfter);
	}

	PageResponse<ApplicationView> page(CurrentUser caller, ApplicationFilter filter, PageQuery page) {
		Page<Application> found = applications.findAll(filter.specification(),
				PageRequest.of(page.page() - 1, page.pageSize(), NEWEST));
		return PageResponse.of(page, found.getTotalElements(), views.of(found.getContent(), caller));
	}

	CursorResponse<ApplicationView> cursor(CurrentUser caller, ApplicationFilter filter, CursorQuery cursor) {
		Specification<Application> where = filter.specification();
		Sort sort = NEWEST;
		if (!cursor.isFirstPage()) {
			UUID position = position(cursor.position());
			where = where.and(cursor.backwards() ? (root, query, cb) -> cb.greaterThan(root.get("id"), position)
					: (root, query, cb) -> cb.lessThan(root.get("id"), position));
			if (cursor.backwards()) {
				sort = Sort.by(Sort.Order.asc("id"));
			}
		}
		int size = cursor.pageSize();
		Sort order = sort;
		List<Application> found = new ArrayList<>(
				applications.findBy(where, (q) -> q.sortBy(order).limit(size + 1).all()));
		boolean more = found.size() > size;
		if (more) {
			found.remove(size);
		}
		if (cursor.backwards()) {
			Collections.reverse(found);
		}
		List<ApplicationView> results = views.of(found, caller);
		if (found.isEmpty()) {
			return CursorResponse.of(results, null, null);
		}
		boolean hasNext = cursor.backwards() || more;
		boolean hasPrevious = cursor.backwards() ? more : !cursor.isFirstPage();
		return CursorResponse.of(results, hasNext ? found.get(found.size() - 1).id().toString() : null,
				hasPrevious ? found.get(0).id().toString() : null);
	}

	List<UUID> companyIds(CurrentUser caller) {
		return companies.membershipsOf(caller.id()).stream().map(Membership::companyId).toList();
	}

	private static UUID position(@Nullable String text) {
		try {
			return UUID.fromString(String.valueOf(text));
		}
		catch (IllegalArgumentException ex) {
			throw ApiProblem.badRequest("invalid_cursor", "The cursor is not one this API gave out.");
		}
	}

}
