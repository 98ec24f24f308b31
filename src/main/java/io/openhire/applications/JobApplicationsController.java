package io.openhire.applications;

import java.util.UUID;

import io.openhire.shared.CurrentUser;
import io.openhire.shared.CursorQuery;
import io.openhire.shared.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/jobs/{id}/applications}: a job's applications, for its company and
 * admins.
 */
@RestController
@Tag(name = "Applications")
class JobApplicationsController {

	private final ApplicationQueries queries;

	JobApplicationsController(ApplicationQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/v1/jobs/{id}/applications")
	@PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
	@Operation(summary = "A job's applications: members of its company, admins; page or cursor")
	Object list(@PathVariable UUID id, PageQuery page, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(name = "applied_after", required = false) @Nullable String appliedAfter) {
		CurrentUser caller = CurrentUser.get();
		ApplicationFilter filter = queries.ofJob(caller, id, ApplicationsController.status(status),
				ApplicationsController.instant(appliedAfter));
		return (cursor != null) ? queries.cursor(caller, filter, CursorQuery.parse(cursor, page.pageSize()))
				: queries.page(caller, filter, page);
	}

}
