package io.openhire.profiles;

import io.openhire.shared.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import tools.jackson.databind.JsonNode;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's employer profile ({@code /api/v1/employers/me}). */
@RestController
@RequestMapping("/api/v1/employers/me")
@PreAuthorize("hasRole('EMPLOYER')")
@Tag(name = "Profiles")
class EmployerProfileController {

	private final EmployerProfileService profiles;

	EmployerProfileController(EmployerProfileService profiles) {
		this.profiles = profiles;
	}

	@GetMapping
	@Operation(summary = "The caller's employer profile, with the companies they belong to")
	EmployerProfileService.View mine() {
		return profiles.mine(CurrentUser.get().id());
	}

	@PutMapping
	@Operation(summary = "Replace every editable field (absent optional fields are cleared)")
	EmployerProfileService.View replace(@Valid @RequestBody EmployerProfile.Fields fields) {
		return profiles.replace(CurrentUser.get().id(), fields);
	}

	@PatchMapping
	@Operation(summary = "Change the given fields (JSON merge patch)")
	EmployerProfileService.View patch(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
			schema = @Schema(implementation = EmployerProfile.Fields.class))) @RequestBody JsonNode patch) {
		return profiles.patch(CurrentUser.get().id(), patch);
	}

}
