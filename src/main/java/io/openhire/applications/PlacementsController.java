package io.openhire.applications;

import java.util.UUID;

import io.openhire.shared.ApiEnums;
import io.openhire.shared.CurrentUser;
import io.openhire.shared.PageQuery;
import io.openhire.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Placements ({@code /api/v1/placements}, API.md "Placements"). */
@RestController
@RequestMapping("/api/v1/placements")
@Tag(name = "Placements")
class PlacementsController {

	private final PlacementService placements;

	PlacementsController(PlacementService placements) {
		this.placements = placements;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Placements: the candidate's own, the employer's companies', all for admins")
	PageResponse<PlacementView> list(PageQuery page, @RequestParam(required = false) @Nullable String status) {
		return placements.list(CurrentUser.get(), ApiEnums.parameter(PlacementStatus.class, "status", status), page);
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "One placement")
	PlacementView get(@PathVariable UUID id) {
		return placements.get(CurrentUser.get(), id);
	}

	@PatchMapping(path = "/{id}", consumes = { MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json" })
	@PreAuthorize("hasRole('EMPLOYER')")
	@Operation(summary = "Change dates or end it (status terminated): the company's members")
	PlacementView change(@PathVariable UUID id, @RequestBody JsonNode patch) {
		return placements.change(CurrentUser.get(), id, patch);
	}

	@PostMapping("/{id}/complete")
	@PreAuthorize("hasRole('EMPLOYER')")
	@Operation(summary = "Complete it with a rating (1-5) and feedback: the company's members")
	PlacementView complete(@PathVariable UUID id, @Valid @RequestBody PlacementRequests.Completion completion) {
		return placements.complete(CurrentUser.get(), id, completion);
	}

}
