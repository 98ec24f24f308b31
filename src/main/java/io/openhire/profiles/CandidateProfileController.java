package io.openhire.profiles;

import java.util.List;
import java.util.UUID;

import io.openhire.shared.CurrentUser;
import io.openhire.shared.PageQuery;
import io.openhire.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Candidate profiles ({@code /api/v1/candidates}, API.md "Profiles"). */
@RestController
@RequestMapping("/api/v1/candidates")
@Tag(name = "Profiles")
class CandidateProfileController {

	private final CandidateProfileService profiles;

	CandidateProfileController(CandidateProfileService profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/me")
	@PreAuthorize("hasRole('CANDIDATE')")
	@Operation(summary = "The caller's candidate profile")
	CandidateProfileView mine() {
		return profiles.mine(CurrentUser.get().id());
	}

	@PutMapping("/me")
	@PreAuthorize("hasRole('CANDIDATE')")
	@Operation(summary = "Replace every editable field of the caller's profile (absent fields are cleared)")
	CandidateProfileView replace(@Valid @RequestBody CandidateFields fields) {
		return profiles.replace(CurrentUser.get().id(), fields);
	}

	@PatchMapping("/me")
	@PreAuthorize("hasRole('CANDIDATE')")
	@Operation(summary = "Change the given fields of the caller's profile (JSON merge patch)")
	CandidateProfileView patch(@io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @Content(schema = @Schema(implementation = CandidateFields.class))) @RequestBody JsonNode patch) {
		return profiles.patch(CurrentUser.get().id(), patch);
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
	@Operation(summary = "Candidate search: best match first with q, else most recently updated first; "
			+ "private profiles only for admins")
	PageResponse<CandidateProfileView> list(PageQuery page, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable List<UUID> skills,
			@RequestParam(name = "min_level", required = false) @Nullable Integer minLevel,
			@RequestParam(required = false) @Nullable String location,
			@RequestParam(required = false) @Nullable Double lat, @RequestParam(required = false) @Nullable Double lon,
			@RequestParam(name = "radius_km", required = false) @Nullable Double radiusKm,
			@RequestParam(name = "min_experience_years", required = false) @Nullable Integer minExperienceYears,
			@RequestParam(required = false) @Nullable Boolean available,
			@RequestParam(name = "open_to_remote", required = false) @Nullable Boolean openToRemote) {
		CurrentUser caller = CurrentUser.get();
		CandidateFilter filter = new CandidateFilter(q, (skills != null) ? skills : List.of(), minLevel, location,
				CandidateFilter.area(lat, lon, radiusKm), minExperienceYears, available, openToRemote,
				caller.isAdmin());
		CandidateProfileService.PageResult found = profiles.search(caller, filter, page);
		return PageResponse.of(page, found.count(), found.results());
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "A candidate profile by id: for its owner, admins, and employers unless private")
	CandidateProfileView get(@PathVariable UUID id) {
		return profiles.get(CurrentUser.get(), id);
	}

}
