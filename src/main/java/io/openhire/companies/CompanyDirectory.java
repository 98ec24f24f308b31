package io.openhire.companies;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.VerificationStatus;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The companies module's API to the rest of Openhire: companies by id, memberships, and
 * the verification status, which only the verification module changes.
 */
@Service
@Transactional(readOnly = true)
public class CompanyDirectory {

	private final Companies companies;

	private final CompanyMembers members;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final CompanySummaries summaries;

	CompanyDirectory(Companies companies, CompanyMembers members, Clock clock, ApplicationEventPublisher events,
			CompanySummaries summaries) {
		this.companies = companies;
		this.summaries = summaries;
		this.members = members;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * The company with this id, if there is one (kept briefly: {@link CompanySummaries}).
	 */
	public Optional<CompanySummary> find(UUID companyId) {
		return summaries.find(companyId);
	}

	/**
	 * The companies with these ids, in one query at most; ids of no company are left out.
	 */
	public Map<UUID, CompanySummary> findAll(Collection<UUID> companyIds) {
		return companyIds.isEmpty() ? Map.of() : summaries.findAll(companyIds);
	}

	/** Whether the user acts for the company, in any member role. */
	public boolean isMember(UUID companyId, UUID userId) {
		return members.existsByCompanyIdAndUserId(companyId, userId);
	}

	/** Whether the user is an owner of the company. */
	public boolean isOwner(UUID companyId, UUID userId) {
		return members.existsByCompanyIdAndUserIdAndMemberRole(companyId, userId, MemberRole.OWNER);
	}

	/** The companies the user acts for, by company name. */
	public List<Membership> membershipsOf(UUID userId) {
		return members.membershipsOf(userId).stream().map(CompanyMembers.Row::membership).toList();
	}

	/**
	 * Used by the verification module when an admin decides; sets {@code verified_at}
	 * when verified (and clears it otherwise). The deciding module audits the decision.
	 * @throws ApiProblem {@code not_found} when there is no such company
	 */
	@Transactional
	public void changeVerificationStatus(UUID companyId, VerificationStatus status) {
		Company company = companies.findById(companyId).orElseThrow(() -> ApiProblem.notFound("No such company."));
		if (company.changeVerification(status, clock.instant())) {
			events.publishEvent(new CompanyChanged(companyId, clock.instant()));
		}
	}

}
