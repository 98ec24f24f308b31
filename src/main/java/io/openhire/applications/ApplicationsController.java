package io.openhire.applications;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import io.openhire.shared.ApiEnums;
import io.openhire.shared.ApiProblem;
import io.openhire.shared.CurrentUser;
import io.openhire.shared.CursorQuery;
import io.openhire.shared.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Applications ({@code /api/v1/applications}, API.md "Applications"). */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Applications")
class ApplicationsController {

	private final ApplicationService applications;

	private final ApplicationQueries queries;

	private final ApplicationStats stats;

	ApplicationsController(ApplicationService applications, ApplicationQueries queries, ApplicationStats stats) {
		this.applications = applications;
		this.queries = queries;
		this.stats = stats;
	}

	@PostMapping
	@PreAuthorize("hasRole('CANDIDATE')")
	@Operation(summary = "Apply to a published, open job; answers are checked against its questions")
	ResponseEntity<ApplicationView> apply(@Valid @RequestBody ApplicationRequests.Apply request) {
		ApplicationView application = applications.apply(CurrentUser.get(), request);
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(application.id())
			.toUri();
		return ResponseEntity.created(location).body(application);
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "The caller's applications (candidate: own; employer: their companies'; admin: all); "
			+ "page or cursor")
	Object list(PageQuery page, @RequestParam(required = false) @Nullable String cursor,
			@RequestParam(required = false) @Nullable UUID job, @RequestParam(required = false) @Nullable String status,
			@RequestParam(name = "applied_after", required = false) @Nullable String appliedAfter) {
		CurrentUser caller = CurrentUser.get();
		ApplicationFilter filter = queries.scope(caller, job, status(status), instant(appliedAfter));
		return (cursor != null) ? queries.cursor(caller, filter, CursorQuery.parse(cursor, page.pageSize()))
				: queries.page(caller, filter, page);
	}

	@GetMapping("/stats")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Counts by status; for employers and admins also each job's funnel and time to hire")
	Object stats() {
		return stats.of(CurrentUser.get());
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "One application: the candidate, the company's members, admins")
	ApplicationView get(@PathVariable UUID id) {
		return queries.get(CurrentUser.get(), id);
	}

	@PatchMapping(path = "/{id}", consumes = { MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json" })
	@PreAuthorize("hasAnyRole('CANDIDATE', 'EMPLOYER')")
	@Operation(summary = "Candidate: cover_letter while applied; company member: rating (1-5), internal_notes")
	ApplicationView change(@PathVariable UUID id, @RequestBody JsonNode patch) {
		return applications.patch(CurrentUser.get(), id, patch);
	}

	@PostMapping("/{id}/transitions")
	@PreAuthorize("hasAnyRole('CANDIDATE', 'EMPLOYER')")
	@Operation(summary = "Move the application (see the transition table); anything else is 409")
	ApplicationView transition(@PathVariable UUID id, @Valid @RequestBody ApplicationRequests.Transition request) {
		return applications.transition(CurrentUser.get(), id, request.status(), request.reason(), request.note());
	}

	@GetMapping("/{id}/history")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Every status change of the application, oldest first")
	List<ApplicationView.Change> history(@PathVariable UUID id) {
		return queries.history(CurrentUser.get(), id);
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasRole('CANDIDATE')")
	@Operation(summary = "Withdraw the application (the same as a transition to withdrawn)")
	ApplicationView withdraw(@PathVariable UUID id) {
		return applications.transition(CurrentUser.get(), id, ApplicationStatus.WITHDRAWN, null, null);
	}

	static @Nullable ApplicationStatus status(@Nullable String value) {
		return ApiEnums.parameter(ApplicationStatus.class, "status", value);
	}

	/** An ISO-8601 time, or a date (its start, UTC). */
	static @Nullable Instant instant(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return (value.length() <= 10) ? LocalDate.parse(value.strip()).atStartOfDay(ZoneOffset.UTC).toInstant()
					: Instant.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw ApiProblem.invalid("applied_after", "Must be a date (2026-11-21) or a time (2026-11-21T10:00:00Z).");
		}
	}

}
