package io.openhire.applications;

import java.util.UUID;

import io.openhire.companies.CompanyDirectory;
import io.openhire.shared.ApiProblem;
import io.openhire.shared.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * Who may see and who may act on an application. The candidate and the members of the
 * hiring company see it, admins too; anyone else gets 404, never 403, so ids of others'
 * applications reveal nothing. Admins read but do not act: acting is 403
 * {@code forbidden} for them.
 */
@Component
class ApplicationAccess {

	private final Applications applications;

	private final CompanyDirectory companies;

	ApplicationAccess(Applications applications, CompanyDirectory companies) {
		this.applications = applications;
		this.companies = companies;
	}

	/** The application, if the caller may see it; else 404. */
	Application visible(CurrentUser caller, UUID id) {
		Application application = applications.findById(id).orElseThrow(ApplicationAccess::notFound);
		if (caller.isAdmin() || mayAct(caller, application)) {
			return application;
		}
		throw notFound();
	}

	/** The side the caller acts for; 404 when they may not see it, 403 for admins. */
	Party party(CurrentUser caller, Application application) {
		if (caller.isCandidate() && application.candidateId().equals(caller.id())) {
			return Party.CANDIDATE;
		}
		if (caller.isEmployer() && companies.isMember(application.companyId(), caller.id())) {
			return Party.EMPLOYER;
		}
		if (caller.isAdmin()) {
			throw ApiProblem.forbidden("forbidden", "Admins read applications but do not act on them.");
		}
		throw notFound();
	}

	/** Like {@link #party} but only for members of the hiring company. */
	void requireCompany(CurrentUser caller, Application application) {
		if (party(caller, application) != Party.EMPLOYER) {
			throw ApiProblem.forbidden("forbidden", "Only the hiring company does this.");
		}
	}

	private boolean mayAct(CurrentUser caller, Application application) {
		return (caller.isCandidate() && application.candidateId().equals(caller.id()))
				|| (caller.isEmployer() && companies.isMember(application.companyId(), caller.id()));
	}

	static ApiProblem notFound() {
		return ApiProblem.notFound("No such application.");
	}

}
