package io.openhire.verification;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.openhire.companies.CompanyDirectory;
import io.openhire.profiles.CandidateProfiles;
import io.openhire.shared.ApiProblem;
import io.openhire.shared.AuditTrail;
import io.openhire.shared.CurrentUser;
import io.openhire.shared.PageQuery;
import io.openhire.shared.VerificationStatus;
import jakarta.persistence.criteria.Predicate;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verification requests: a candidate asks for their profile, a company owner for their
 * company; an admin approves or rejects, and the subject's {@code verification_status}
 * follows (pending while a request waits).
 */
@Service
@Transactional
class Verifications {

	static final int MAX_DOCUMENTS = 10;

	private final VerificationRequests requests;

	private final CandidateProfiles profiles;

	private final CompanyDirectory companies;

	private final ApplicationEventPublisher events;

	private final AuditTrail trail;

	private final Clock clock;

	Verifications(VerificationRequests requests, CandidateProfiles profiles, CompanyDirectory companies,
			ApplicationEventPublisher events, AuditTrail trail, Clock clock) {
		this.requests = requests;
		this.profiles = profiles;
		this.companies = companies;
		this.events = events;
		this.trail = trail;
		this.clock = clock;
	}

	VerificationView request(CurrentUser caller, SubjectType type, UUID subjectId, List<UUID> documentIds,
			@Nullable String note) {
		if (documentIds.size() > MAX_DOCUMENTS) {
			throw ApiProblem.invalid("document_ids", "Offer at most " + MAX_DOCUMENTS + " documents.");
		}
		checkMaySubmit(caller, type, subjectId);
		if (requests.existsBySubjectIdAndStatus(subjectId, RequestStatus.PENDING)) {
			throw ApiProblem.conflict("verification_pending", "A verification request for this is waiting already.");
		}
		VerificationRequest request = requests
			.save(new VerificationRequest(type, subjectId, caller.id(), documentIds, note, clock.instant()));
		changeSubject(type, subjectId, VerificationStatus.PENDING);
		return VerificationView.of(request);
	}

	@Transactional(readOnly = true)
	Page<VerificationView> mine(CurrentUser caller, PageQuery page) {
		return requests.findByRequestedBy(caller.id(), pageRequest(page)).map(VerificationView::of);
	}

	@Transactional(readOnly = true)
	Page<VerificationView> queue(@Nullable RequestStatus status, @Nullable SubjectType type, PageQuery page) {
		Specification<VerificationRequest> filter = (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (status != null) {
				predicates.add(cb.equal(root.get("status"), status));
			}
			if (type != null) {
				predicates.add(cb.equal(root.get("subjectType"), type));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
		return requests.findAll(filter, pageRequest(page)).map(VerificationView::of);
	}

	VerificationView approve(CurrentUser admin, UUID id) {
		VerificationRequest request = get(id);
		request.approve(admin.id(), clock.instant());
		changeSubject(request.subjectType(), request.subjectId(), VerificationStatus.VERIFIED);
		audit(admin, "verification_approved", request, Map.of());
		events.publishEvent(new VerificationApproved(request.id(), request.subjectType(), request.subjectId(),
				request.requestedBy(), clock.instant()));
		return VerificationView.of(request);
	}

	VerificationView reject(CurrentUser admin, UUID id, String reason) {
		VerificationRequest request = get(id);
		request.reject(admin.id(), reason, clock.instant());
		changeSubject(request.subjectType(), request.subjectId(), VerificationStatus.REJECTED);
		audit(admin, "verification_rejected", request, Map.of("reason", reason));
		events.publishEvent(new VerificationRejected(request.id(), request.subjectType(), request.subjectId(),
				request.requestedBy(), reason, clock.instant()));
		return VerificationView.of(request);
	}

	/**
	 * A candidate may ask only for their own profile (another profile id is answered as
	 * unknown); a company's owners only for their company (companies are public, so
	 * others get 403).
	 */
	private void checkMaySubmit(CurrentUser caller, SubjectType type, UUID subjectId) {
		switch (type) {
			case CANDIDATE -> {
				boolean own = caller.isCandidate()
						&& profiles.ownerOf(subjectId).filter(caller.id()::equals).isPresent();
				if (!own) {
					throw ApiProblem.notFound("No such candidate profile of yours.");
				}
			}
			case COMPANY -> {
				if (companies.find(subjectId).isEmpty()) {
					throw ApiProblem.notFound("No such company.");
				}
				if (!companies.isOwner(subjectId, caller.id())) {
					throw ApiProblem.forbidden("not_owner", "Only an owner of the company may ask to verify it.");
				}
			}
		}
	}

	private void changeSubject(SubjectType type, UUID subjectId, VerificationStatus status) {
		switch (type) {
			case CANDIDATE -> profiles.changeVerificationStatus(subjectId, status);
			case COMPANY -> companies.changeVerificationStatus(subjectId, status);
		}
	}

	private VerificationRequest get(UUID id) {
		return requests.findById(id).orElseThrow(() -> ApiProblem.notFound("No such verification request."));
	}

	private void audit(CurrentUser admin, String action, VerificationRequest request, Map<String, String> details) {
		trail.record(admin.id(), action, "verification_request", request.id(), details);
	}

	private static PageRequest pageRequest(PageQuery page) {
		return PageRequest.of(page.page() - 1, page.pageSize(),
				Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
	}

}
