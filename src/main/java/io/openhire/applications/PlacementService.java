package io.openhire.applications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.openhire.companies.CompanyDirectory;
import io.openhire.companies.CompanySummary;
import io.openhire.identity.AccountSummary;
import io.openhire.identity.UserAccounts;
import io.openhire.jobs.JobPostings;
import io.openhire.shared.ApiProblem;
import io.openhire.shared.CurrentUser;
import io.openhire.shared.MergePatch;
import io.openhire.shared.PageQuery;
import io.openhire.shared.PageResponse;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Placements: seen by their candidate, the company's members and admins (anyone else:
 * 404); changed and completed by the company's members only (others who see it: 403).
 */
@Service
@Transactional
class PlacementService {

	private final Placements placements;

	private final ApplicationQueries queries;

	private final CompanyDirectory companies;

	private final JobPostings postings;

	private final UserAccounts accounts;

	private final MergePatch patches;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PlacementService(Placements placements, ApplicationQueries queries, CompanyDirectory companies,
			JobPostings postings, UserAccounts accounts, MergePatch patches, ApplicationEventPublisher events,
			Clock clock) {
		this.placements = placements;
		this.queries = queries;
		this.companies = companies;
		this.postings = postings;
		this.accounts = accounts;
		this.patches = patches;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	PageResponse<PlacementView> list(CurrentUser caller, @Nullable PlacementStatus status, PageQuery page) {
		Specification<Placement> where = (root, query, cb) -> {
			var predicates = new java.util.ArrayList<jakarta.persistence.criteria.Predicate>();
			if (caller.isCandidate()) {
				predicates.add(cb.equal(root.get("candidateId"), caller.id()));
			}
			else if (caller.isEmployer()) {
				List<UUID> ids = queries.companyIds(caller);
				predicates.add(ids.isEmpty() ? cb.disjunction() : root.get("companyId").in(ids));
			}
			if (status != null) {
				predicates.add(cb.equal(root.get("status"), status));
			}
			return cb.and(predicates.toArray(jakarta.persistence.criteria.Predicate[]::new));
		};
		Page<Placement> found = placements.findAll(where,
				PageRequest.of(page.page() - 1, page.pageSize(), Sort.by(Sort.Order.desc("id"))));
		return PageResponse.of(page, found.getTotalElements(), views(found.getContent()));
	}

	@Transactional(readOnly = true)
	PlacementView get(CurrentUser caller, UUID id) {
		return views(List.of(visible(caller, id))).get(0);
	}

	PlacementView change(CurrentUser caller, UUID id, JsonNode patch) {
		Placement placement = owned(caller, id);
		PlacementRequests.Changes changes = patches.apply(
				new PlacementRequests.Changes(placement.startDate(), placement.endDate(), placement.status()), patch,
				PlacementRequests.Changes.class);
		placement.change(changes.startDate(), changes.endDate(), changes.status(), clock.instant());
		placements.saveAndFlush(placement);
		return views(List.of(placement)).get(0);
	}

	PlacementView complete(CurrentUser caller, UUID id, PlacementRequests.Completion completion) {
		Placement placement = owned(caller, id);
		Instant now = clock.instant();
		placement.complete(completion.completionDate(), completion.rating(),
				ApplicationService.blankToNull(completion.feedback()), now);
		placements.saveAndFlush(placement);
		events.publishEvent(new PlacementCompleted(placement.id(), placement.applicationId(), placement.jobId(),
				placement.companyId(), placement.candidateId(), completion.completionDate(), completion.rating(),
				placement.feedback(), now));
		return views(List.of(placement)).get(0);
	}

	private Placement visible(CurrentUser caller, UUID id) {
		Placement placement = placements.findById(id).orElseThrow(PlacementService::notFound);
		boolean own = caller.isCandidate() && placement.candidateId().equals(caller.id());
		if (caller.isAdmin() || own || isMember(caller, placement)) {
			return placement;
		}
		throw notFound();
	}

	private Placement owned(CurrentUser caller, UUID id) {
		Placement placement = visible(caller, id);
		if (!isMember(caller, placement)) {
			throw ApiProblem.forbidden("forbidden", "Only the company's members change its placements.");
		}
		return placement;
	}

	private boolean isMember(CurrentUser caller, Placement placement) {
		return caller.isEmployer() && companies.isMember(placement.companyId(), caller.id());
	}

	private List<PlacementView> views(List<Placement> found) {
		Map<UUID, JobPostings.Reference> jobs = postings.references(ids(found, Placement::jobId));
		Map<UUID, CompanySummary> companyById = companies.findAll(ids(found, Placement::companyId));
		Map<UUID, AccountSummary> people = accounts.findAll(ids(found, Placement::candidateId));
		return found.stream().map((p) -> {
			JobPostings.Reference job = jobs.get(p.jobId());
			CompanySummary company = companyById.get(p.companyId());
			return new PlacementView(p.id(), p.applicationId(),
					new ApplicationView.JobItem(p.jobId(), (job != null) ? job.title() : ""),
					ApplicationViews.person(people, p.candidateId()),
					new ApplicationView.CompanyItem(p.companyId(), (company != null) ? company.name() : ""),
					p.startDate(), p.endDate(), p.status(), p.completionDate(), p.rating(), p.feedback(), p.createdAt(),
					p.updatedAt());
		}).toList();
	}

	private static Set<UUID> ids(List<Placement> found, java.util.function.Function<Placement, UUID> id) {
		return found.stream().map(id).collect(Collectors.toSet());
	}

	private static ApiProblem notFound() {
		return ApiProblem.notFound("No such placement.");
	}

}
