package io.openhire.catalog;

import java.util.UUID;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admins' queue of pending skills ({@code GET /api/v1/skills?status=pending}) is
 * worked here: approve one, or merge it into the skill it means.
 */
@RestController
@RequestMapping("/api/v1/admin/skills")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Catalog")
class AdminSkillsController {

	record Merge(@Nullable UUID intoId) {
	}

	private final SkillService skills;

	AdminSkillsController(SkillService skills) {
		this.skills = skills;
	}

	@PostMapping("/{id}/approve")
	@Operation(summary = "Approve a pending (or retired) skill: it becomes public")
	SkillView approve(@PathVariable UUID id) {
		return skills.approve(CurrentUser.get().id(), id);
	}

	@PostMapping("/{id}/merge")
	@Operation(summary = "Merge a skill into an approved one: {into_id} → the target skill",
			description = "The skill's name and aliases become aliases of the target; its id resolves to the target.")
	SkillView merge(@PathVariable UUID id, @RequestBody Merge merge) {
		if (merge.intoId() == null) {
			throw ApiProblem.invalid("into_id", "This field is required.");
		}
		return skills.merge(CurrentUser.get().id(), id, merge.intoId());
	}

}
