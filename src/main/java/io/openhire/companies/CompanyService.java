package io.openhire.companies;

import io.openhire.shared.AuditTrail;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.CurrentUser;
import io.openhire.shared.PageQuery;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, reading, changing and deleting companies. Anyone may read; employers and
 * admins create (the creator becomes an owner); owners and admins change; admins delete,
 * and owners too while the company has no published jobs.
 * <p>
 * A company's existence is public, so a signed-in caller who may not change it gets 403,
 * not 404.
 */
@Service
@Transactional
class CompanyService {

	private final Companies companies;

	private final CompanyMembers members;

	private final CompanyRules rules;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CompanyService(Companies companies, CompanyMembers members, CompanyRules rules, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.companies = companies;
		this.members = members;
		this.rules = rules;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** A page of companies by name: one count and one select, whatever the page holds. */
	@Transactional(readOnly = true)
	Page<Company> list(CompanyFilter filter, PageQuery page) {
		PageRequest request = PageRequest.of(page.page() - 1, page.pageSize(),
				Sort.by(Sort.Order.asc("nameKey"), Sort.Order.asc("id")));
		return companies.findAll(filter.specification(), request);
	}

	@Transactional(readOnly = true)
	Company get(UUID id) {
		return companies.findById(id).orElseThrow(CompanyService::noSuchCompany);
	}

	Company create(CurrentUser caller, CompanyDetails details) {
		CompanyDetails checked = rules.check(details);
		if (companies.existsByNameKey(CompanyRules.nameKey(checked.name()))) {
			throw nameTaken();
		}
		Company company = new Company(checked, clock.instant());
		if (companies.existsBySlugAndIdNot(company.slug(), company.id())) {
			company.disambiguateSlug();
		}
		save(company);
		members.save(new CompanyMember(company.id(), caller.id(), MemberRole.OWNER, clock.instant()));
		if (caller.isAdmin()) {
			audit.record(caller.id(), "company_created", "company", company.id(), Map.of("name", company.name()));
		}
		return company;
	}

	Company update(CurrentUser caller, UUID id, CompanyDetails details) {
		Company company = get(id);
		requireOwner(caller, company);
		CompanyDetails checked = rules.check(details);
		if (companies.existsByNameKeyAndIdNot(CompanyRules.nameKey(checked.name()), id)) {
			throw nameTaken();
		}
		company.update(checked, clock.instant());
		if (companies.existsBySlugAndIdNot(company.slug(), company.id())) {
			company.disambiguateSlug();
		}
		save(company);
		events.publishEvent(new CompanyChanged(company.id(), clock.instant()));
		if (caller.isAdmin()) {
			audit.record(caller.id(), "company_updated", "company", company.id(), Map.of());
		}
		return company;
	}

	/** Applies {@code patch} to the current details, for owners and admins. */
	Company patch(CurrentUser caller, UUID id, UnaryOperator<CompanyDetails> patch) {
		Company company = get(id);
		requireOwner(caller, company);
		return update(caller, id, patch.apply(company.details()));
	}

	void delete(CurrentUser caller, UUID id) {
		Company company = get(id);
		requireOwner(caller, company);
		if (!caller.isAdmin() && company.hasPublishedJobs()) {
			throw ApiProblem.conflict("company_has_published_jobs",
					"Close the company's published jobs first, or ask an admin to delete it.");
		}
		companies.delete(company);
		audit.record(caller.id(), "company_deleted", "company", id,
				Map.of("name", company.name(), "by", caller.role().value()));
		events.publishEvent(new CompanyDeleted(id, clock.instant()));
	}

	/**
	 * Lets admins and owners of {@code company} through; refuses everyone else with 403.
	 */
	void requireOwner(CurrentUser caller, Company company) {
		if (!caller.isAdmin()
				&& !members.existsByCompanyIdAndUserIdAndMemberRole(company.id(), caller.id(), MemberRole.OWNER)) {
			throw ApiProblem.forbidden("forbidden", "Only the company's owners and admins may do this.");
		}
	}

	private void save(Company company) {
		try {
			companies.saveAndFlush(company);
		}
		catch (DataIntegrityViolationException ex) {
			// another request took the name (or its slug) between the check and the write
			String message = String.valueOf(ex.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
			if (message.contains("companies_name_key_key") || message.contains("companies_slug_key")) {
				throw nameTaken();
			}
			throw ex;
		}
	}

	static ApiProblem noSuchCompany() {
		return ApiProblem.notFound("No such company.");
	}

	private static ApiProblem nameTaken() {
		return ApiProblem.conflict("company_name_taken", "A company with this name exists.");
	}

}
