package io.openhire.applications;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.openhire.applications.ApplicationView.CompanyItem;
import io.openhire.applications.ApplicationView.JobItem;
import io.openhire.applications.ApplicationView.PersonItem;
import io.openhire.companies.CompanyDirectory;
import io.openhire.companies.CompanySummary;
import io.openhire.identity.AccountSummary;
import io.openhire.identity.UserAccounts;
import io.openhire.jobs.JobPostings;
import io.openhire.shared.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Turns applications into what callers see. A list costs a fixed number of statements:
 * its jobs, companies and candidates are each fetched in one query for the whole list.
 */
@Component
class ApplicationViews {

	private final JobPostings postings;

	private final CompanyDirectory companies;

	private final UserAccounts accounts;

	ApplicationViews(JobPostings postings, CompanyDirectory companies, UserAccounts accounts) {
		this.postings = postings;
		this.companies = companies;
		this.accounts = accounts;
	}

	/**
	 * A new application as its candidate sees it, from what applying already knows: the
	 * company's name (kept in memory by the companies module) instead of a list's three
	 * queries.
	 */
	ApplicationView submitted(Application application, String jobTitle, @Nullable AccountSummary candidate) {
		String company = companies.find(application.companyId()).map(CompanySummary::name).orElse("");
		return view(application, new JobItem(application.jobId(), jobTitle),
				new CompanyItem(application.companyId(), company), person(application.candidateId(), candidate), true);
	}

	ApplicationView one(Application application, CurrentUser caller) {
		return of(List.of(application), caller).get(0);
	}

	List<ApplicationView> of(List<Application> applications, CurrentUser caller) {
		Map<UUID, JobPostings.Reference> jobs = postings.references(ids(applications, Application::jobId));
		Map<UUID, CompanySummary> companyById = companies.findAll(ids(applications, Application::companyId));
		Map<UUID, AccountSummary> people = accounts.findAll(ids(applications, Application::candidateId));
		return applications.stream().map((a) -> {
			JobPostings.Reference job = jobs.get(a.jobId());
			CompanySummary company = companyById.get(a.companyId());
			return view(a, new JobItem(a.jobId(), (job != null) ? job.title() : ""),
					new CompanyItem(a.companyId(), (company != null) ? company.name() : ""),
					person(people, a.candidateId()), caller.isCandidate());
		}).toList();
	}

	/** The candidate's view leaves out the company's rating and notes. */
	private static ApplicationView view(Application a, JobItem job, CompanyItem company, PersonItem candidate,
			boolean forCandidate) {
		if (forCandidate) {
			return new ApplicationView.ForCandidate(a.id(), job, company, candidate, a.status(), a.coverLetter(),
					a.resumeDocumentId(), a.answers(), a.appliedAt(), a.updatedAt());
		}
		return new ApplicationView.ForCompany(a.id(), job, company, candidate, a.status(), a.coverLetter(),
				a.resumeDocumentId(), a.answers(), a.rating(), a.internalNotes(), a.appliedAt(), a.updatedAt());
	}

	List<ApplicationView.Change> history(List<StatusChange> changes) {
		Map<UUID, AccountSummary> people = accounts
			.findAll(changes.stream().map(StatusChange::changedBy).collect(Collectors.toSet()));
		return changes.stream().map((c) -> {
			PersonItem by = person(people, c.changedBy());
			return new ApplicationView.Change(c.fromStatus(), c.toStatus(),
					new ApplicationView.Actor(by.id(), by.firstName(), by.lastName()), c.reason(), c.note(),
					c.changedAt());
		}).toList();
	}

	static PersonItem person(Map<UUID, AccountSummary> people, UUID id) {
		return person(id, people.get(id));
	}

	private static PersonItem person(UUID id, @Nullable AccountSummary account) {
		return (account != null) ? new PersonItem(id, account.firstName(), account.lastName(), account.email())
				: new PersonItem(id, "", "", "");
	}

	private static <T> Set<UUID> ids(Collection<T> items, java.util.function.Function<T, UUID> id) {
		return items.stream().map(id).collect(Collectors.toSet());
	}

}
