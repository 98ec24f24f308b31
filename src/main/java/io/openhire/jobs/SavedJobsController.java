package io.openhire.jobs;

import java.util.List;
import java.util.UUID;

import io.openhire.shared.CurrentUser;
import io.openhire.shared.CursorQuery;
import io.openhire.shared.CursorResponse;
import io.openhire.shared.PageQuery;
import io.openhire.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Saved jobs of candidates (API.md "Jobs": PUT/DELETE /jobs/{id}/save, GET /saved-jobs).
 */
@RestController
@Tag(name = "Jobs")
@PreAuthorize("hasRole('CANDIDATE')")
class SavedJobsController {

	/** Optional body of a save: the candidate's notes and tags. */
	record SaveRequest(@Nullable @Size(max = 2000) String notes,
			@Nullable @Size(max = 20) List<@NotBlank @Size(max = 50) String> tags) {

	}

	private final SavedJobService saves;

	SavedJobsController(SavedJobService saves) {
		this.saves = saves;
	}

	@PutMapping("/api/v1/jobs/{id}/save")
	@Operation(summary = "Save a published job, or change the notes and tags of a save (idempotent)")
	SavedJobService.SavedJobView save(@PathVariable UUID id,
			@Valid @RequestBody(required = false) @Nullable SaveRequest body) {
		return saves.save(CurrentUser.get(), id, (body != null) ? body.notes() : null,
				(body != null) ? body.tags() : null);
	}

	@DeleteMapping("/api/v1/jobs/{id}/save")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Unsave a job (idempotent)")
	void unsave(@PathVariable UUID id) {
		saves.unsave(CurrentUser.get(), id);
	}

	@GetMapping("/api/v1/saved-jobs")
	@Operation(summary = "The caller's saved jobs, newest save first; page or cursor")
	Object list(PageQuery page, @RequestParam(required = false) @Nullable String cursor) {
		CurrentUser candidate = CurrentUser.get();
		if (cursor != null) {
			JobListing.Slice<SavedJobService.SavedJobView> slice = saves.cursor(candidate,
					CursorQuery.parse(cursor, page.pageSize()));
			return CursorResponse.of(slice.results(), slice.nextPosition(), slice.previousPosition());
		}
		Page<SavedJobService.SavedJobView> found = saves.page(candidate, page);
		return PageResponse.of(page, found.getTotalElements(), found.getContent());
	}

}
