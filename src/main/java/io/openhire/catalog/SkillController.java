package io.openhire.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.openhire.shared.CurrentUser;
import io.openhire.shared.PageQuery;
import io.openhire.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Skills ({@code /api/v1/skills}, API.md "Master data"): public lists, admin changes. */
@RestController
@RequestMapping("/api/v1/skills")
@Tag(name = "Catalog")
class SkillController {

	/**
	 * A new skill, or a change: a missing field stays as it is,
	 * {@code "description": null} clears it. (A class rather than a record, because only
	 * a setter tells a field sent as null from a missing one.)
	 */
	static final class SkillRequest {

		@JsonProperty
		@Nullable String name;

		@JsonProperty
		@Nullable String category;

		@JsonProperty
		@Nullable Integer popularity;

		@JsonProperty
		@Nullable List<String> aliases;

		@Nullable Optional<String> description;

		@JsonProperty("description")
		void description(@Nullable String description) {
			this.description = Optional.ofNullable(description);
		}

		SkillService.SkillFields fields() {
			return new SkillService.SkillFields(name, category, description, popularity, aliases);
		}

	}

	private final SkillService skills;

	SkillController(SkillService skills) {
		this.skills = skills;
	}

	@GetMapping
	@Operation(summary = "Skills, most popular first; q matches the start of a name or an alias",
			description = "status (pending, merged, retired) is for admins only; the default is approved.")
	PageResponse<SkillView> list(PageQuery page, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String status) {
		SkillQuery query = SkillQuery.of(q, category, status, page);
		if (query.status() != SkillStatus.APPROVED) {
			Callers.requireAdmin("skills that are not approved");
		}
		PageResponse<SkillView> response = skills.list(query).response(page);
		return Callers.isAdmin() ? response : response.map(SkillView::forPublic);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One skill (admins see every status)")
	SkillView get(@PathVariable UUID id) {
		boolean admin = Callers.isAdmin();
		SkillView skill = skills.get(id, admin);
		return admin ? skill : skill.forPublic();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Create an approved skill: {name, category, description?, popularity?, aliases?}")
	SkillView create(@RequestBody SkillRequest request) {
		return skills.create(CurrentUser.get().id(), request.fields());
	}

	@PatchMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Change a skill; aliases, when given, replace the old ones")
	SkillView change(@PathVariable UUID id, @RequestBody SkillRequest request) {
		return skills.change(CurrentUser.get().id(), id, request.fields());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Retire a skill: it leaves the lists; ids held elsewhere still resolve")
	void delete(@PathVariable UUID id) {
		skills.retire(CurrentUser.get().id(), id);
	}

}
