package io.openhire.jobs;

import io.openhire.companies.CompanyDeleted;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a company is deleted its jobs are archived: they leave the listings and the
 * category counts, and stay readable by id for admins (applications will refer to them).
 */
@Component
class DeletedCompanyJobs {

	private final JobService jobs;

	DeletedCompanyJobs(JobService jobs) {
		this.jobs = jobs;
	}

	@ApplicationModuleListener(id = "jobs.deleted-company")
	void on(CompanyDeleted event) {
		jobs.archiveAllOf(event.companyId());
	}

}
