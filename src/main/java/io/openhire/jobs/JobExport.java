package io.openhire.jobs;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.openhire.companies.CompanyDirectory;
import io.openhire.companies.Membership;
import io.openhire.shared.ApiProblem;
import io.openhire.shared.CurrentUser;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code GET /jobs/export}: the jobs of the employer's companies (an admin's: all), but
 * archived ones, in the fields {@code POST /jobs} and the import take, a page at a time
 * (each in a short read-only transaction).
 */
@Service
class JobExport {

	/** A job as it is exported: its editable fields and, for names, its view. */
	record Exported(JobDetails details, JobView view) {

	}

	private static final int PAGE = 200;

	private final Jobs jobs;

	private final JobViews views;

	private final CompanyDirectory companies;

	private final TransactionTemplate readOnly;

	JobExport(Jobs jobs, JobViews views, CompanyDirectory companies, TransactionTemplate transactions) {
		this.jobs = jobs;
		this.views = views;
		this.companies = companies;
		this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Checks who may export what before anything is written.
	 * @param companyId only this company's jobs (the caller must be a member unless
	 * admin)
	 * @return the companies to export, or null for all (admins)
	 */
	@Nullable Set<UUID> scope(CurrentUser caller, @Nullable UUID companyId) {
		if (caller.isAdmin()) {
			return (companyId != null) ? Set.of(companyId) : null;
		}
		Set<UUID> mine = companies.membershipsOf(caller.id())
			.stream()
			.map(Membership::companyId)
			.collect(Collectors.toSet());
		if (companyId != null) {
			if (!mine.contains(companyId)) {
				throw ApiProblem.forbidden("forbidden", "Only members of the company and admins may export its jobs.");
			}
			return Set.of(companyId);
		}
		return mine;
	}

	void each(@Nullable Set<UUID> scope, Consumer<List<Exported>> page) {
		if (scope != null && scope.isEmpty()) {
			return;
		}
		UUID after = new UUID(0, 0);
		while (true) {
			UUID from = after;
			List<Exported> found = readOnly.execute((status) -> {
				List<Job> batch = (scope != null) ? jobs.exportOfCompaniesAfter(scope, from, Limit.of(PAGE))
						: jobs.exportAfter(from, Limit.of(PAGE));
				List<JobView> details = views.details(batch);
				return java.util.stream.IntStream.range(0, batch.size())
					.mapToObj((i) -> new Exported(batch.get(i).details(), details.get(i)))
					.toList();
			});
			if (found == null || found.isEmpty()) {
				return;
			}
			page.accept(found);
			if (found.size() < PAGE) {
				return;
			}
			after = found.get(found.size() - 1).view().id();
		}
	}

}
