package io.openhire.companies;

import io.openhire.shared.AuditTrail;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import io.openhire.identity.AccountSummary;
import io.openhire.identity.UserAccounts;
import io.openhire.shared.ApiProblem;
import io.openhire.shared.CurrentUser;
import io.openhire.shared.PageQuery;
import io.openhire.shared.PageResponse;
import io.openhire.shared.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who acts for a company. Members see the member list; owners (and admins) add and remove
 * members; any member may leave. A company always keeps one owner: the last one cannot
 * leave or be removed. Changes to one company's members run one at a time (the company
 * row is locked), so two owners cannot remove each other at once.
 */
@Service
@Transactional
class CompanyMemberships {

	/** A member as {@code /companies/{id}/members} shows it. */
	record MemberView(UUID userId, @Nullable String email, @Nullable String firstName, @Nullable String lastName,
			MemberRole memberRole, Instant joinedAt) {

		static MemberView of(CompanyMember member, @Nullable AccountSummary account) {
			return new MemberView(member.userId(), (account != null) ? account.email() : null,
					(account != null) ? account.firstName() : null, (account != null) ? account.lastName() : null,
					member.memberRole(), member.joinedAt());
		}

	}

	private final Companies companies;

	private final CompanyMembers members;

	private final CompanyService service;

	private final UserAccounts accounts;

	private final AuditTrail audit;

	private final Clock clock;

	CompanyMemberships(Companies companies, CompanyMembers members, CompanyService service, UserAccounts accounts,
			AuditTrail audit, Clock clock) {
		this.companies = companies;
		this.members = members;
		this.service = service;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** The members of a company, earliest first; for its members and admins. */
	@Transactional(readOnly = true)
	PageResponse<MemberView> list(CurrentUser caller, UUID companyId, PageQuery page) {
		Company company = service.get(companyId);
		if (!caller.isAdmin() && !members.existsByCompanyIdAndUserId(company.id(), caller.id())) {
			throw ApiProblem.forbidden("forbidden", "Only the company's members and admins see its members.");
		}
		Page<CompanyMember> found = members.findByCompanyId(companyId, PageRequest.of(page.page() - 1, page.pageSize(),
				Sort.by(Sort.Order.asc("joinedAt"), Sort.Order.asc("id"))));
		Map<UUID, AccountSummary> people = accounts
			.findAll(found.getContent().stream().map(CompanyMember::userId).toList());
		return PageResponse.of(page, found.getTotalElements(),
				found.getContent()
					.stream()
					.map((member) -> MemberView.of(member, people.get(member.userId())))
					.toList());
	}

	/**
	 * Adds the employer with this email.
	 * @throws ApiProblem 400 when no active employer account has the email, 409
	 * {@code already_member}
	 */
	MemberView add(CurrentUser caller, UUID companyId, String email, MemberRole role) {
		Company company = companies.findLocked(companyId).orElseThrow(CompanyService::noSuchCompany);
		service.requireOwner(caller, company);
		AccountSummary account = accounts.findByEmail(email)
			.filter((found) -> found.role() == Role.EMPLOYER && found.active())
			.orElseThrow(() -> ApiProblem.invalid("email", "No active employer account has this email."));
		if (members.existsByCompanyIdAndUserId(companyId, account.id())) {
			throw ApiProblem.conflict("already_member", "This employer is a member of the company already.");
		}
		CompanyMember member = members.save(new CompanyMember(companyId, account.id(), role, clock.instant()));
		if (caller.isAdmin()) {
			audit.record(caller.id(), "company_member_added", "company", companyId,
					Map.of("user_id", account.id().toString(), "member_role", role.value()));
		}
		return MemberView.of(member, account);
	}

	/**
	 * Removes a member: owners and admins remove anyone, a member removes themself.
	 * @throws ApiProblem 409 {@code last_owner} for the company's only owner
	 */
	void remove(CurrentUser caller, UUID companyId, UUID userId) {
		Company company = companies.findLocked(companyId).orElseThrow(CompanyService::noSuchCompany);
		if (!caller.id().equals(userId)) {
			service.requireOwner(caller, company);
		}
		CompanyMember member = members.findByCompanyIdAndUserId(companyId, userId)
			.orElseThrow(() -> ApiProblem.notFound("This user is not a member of the company."));
		if (member.isOwner() && members.countByCompanyIdAndMemberRole(companyId, MemberRole.OWNER) == 1) {
			throw ApiProblem.conflict("last_owner", "A company keeps at least one owner: add another owner first.");
		}
		members.delete(member);
		if (caller.isAdmin()) {
			audit.record(caller.id(), "company_member_removed", "company", companyId,
					Map.of("user_id", userId.toString()));
		}
	}

}
