package io.openhire.jobs;

import java.util.UUID;

import io.openhire.shared.CurrentUser;
import io.openhire.shared.PageQuery;
import io.openhire.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The admins' job review queue ({@code /api/v1/admin/jobs}). */
@RestController
@Tag(name = "Jobs")
class AdminJobsController {

	record Rejection(@NotBlank @Size(max = 2000) String reason) {
	}

	private final JobService jobs;

	private final JobListing listing;

	AdminJobsController(JobService jobs, JobListing listing) {
		this.jobs = jobs;
		this.listing = listing;
	}

	@GetMapping("/api/v1/admin/jobs")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Jobs by status (e.g. pending_review), longest-waiting first")
	PageResponse<JobSummary> queue(PageQuery page, @RequestParam(required = false) @Nullable String status) {
		Page<JobSummary> found = listing.queue(ApiValue.parameter(JobStatus.class, "status", status), page);
		return PageResponse.of(page, found.getTotalElements(), found.getContent());
	}

	@PostMapping("/api/v1/admin/jobs/{id}/approve")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Publish a job waiting for review")
	JobView approve(@PathVariable UUID id) {
		return jobs.approve(CurrentUser.get(), id);
	}

	@PostMapping("/api/v1/admin/jobs/{id}/reject")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Send a job waiting for review back to draft, with the reason as review_note")
	JobView reject(@PathVariable UUID id, @Valid @RequestBody Rejection rejection) {
		return jobs.reject(CurrentUser.get(), id, rejection.reason().strip());
	}

}
