package io.openhire.profiles;

import java.util.List;
import java.util.UUID;

import io.openhire.profiles.EntryKinds.CertificationKind;
import io.openhire.profiles.EntryKinds.EducationKind;
import io.openhire.profiles.EntryKinds.ExperienceKind;
import io.openhire.profiles.EntryKinds.PortfolioKind;
import io.openhire.profiles.EntryKinds.SkillKind;
import io.openhire.shared.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The collections of the caller's candidate profile,
 * {@code /api/v1/candidates/me/{skills,education,experience,certifications,portfolio}}:
 * the same seven endpoints for each.
 */
final class CandidateEntryControllers {

	private CandidateEntryControllers() {
	}

	@PreAuthorize("hasRole('CANDIDATE')")
	@Tag(name = "Profiles")
	abstract static class EntriesController<F extends EntryFields, V> {

		private final CandidateEntryService entries;

		private final EntryKind<?, F, V> kind;

		EntriesController(CandidateEntryService entries, EntryKind<?, F, V> kind) {
			this.entries = entries;
			this.kind = kind;
		}

		@GetMapping
		@Operation(summary = "The entries of the caller's profile")
		List<V> list() {
			return entries.list(CurrentUser.get().id(), kind);
		}

		@PostMapping
		@ResponseStatus(HttpStatus.CREATED)
		@Operation(summary = "Add an entry")
		V add(@Valid @RequestBody F fields) {
			return entries.add(CurrentUser.get().id(), kind, fields);
		}

		@GetMapping("/{id}")
		V get(@PathVariable UUID id) {
			return entries.get(CurrentUser.get().id(), kind, id);
		}

		@PutMapping("/{id}")
		@Operation(summary = "Replace an entry (absent fields are cleared)")
		V replace(@PathVariable UUID id, @Valid @RequestBody F fields) {
			return entries.replace(CurrentUser.get().id(), kind, id, fields);
		}

		@PatchMapping("/{id}")
		@Operation(summary = "Change the given fields of an entry (JSON merge patch)")
		V patch(@PathVariable UUID id, @RequestBody JsonNode patch) {
			return entries.patch(CurrentUser.get().id(), kind, id, patch);
		}

		@DeleteMapping("/{id}")
		@ResponseStatus(HttpStatus.NO_CONTENT)
		void delete(@PathVariable UUID id) {
			entries.delete(CurrentUser.get().id(), kind, id);
		}

	}

	@RestController
	@RequestMapping("/api/v1/candidates/me/skills")
	static class SkillsController extends EntriesController<SkillEntry.Fields, SkillEntry.View> {

		SkillsController(CandidateEntryService entries, SkillKind kind) {
			super(entries, kind);
		}

	}

	@RestController
	@RequestMapping("/api/v1/candidates/me/education")
	static class EducationController extends EntriesController<Education.Fields, Education.View> {

		EducationController(CandidateEntryService entries, EducationKind kind) {
			super(entries, kind);
		}

	}

	@RestController
	@RequestMapping("/api/v1/candidates/me/experience")
	static class ExperienceController extends EntriesController<Experience.Fields, Experience.View> {

		ExperienceController(CandidateEntryService entries, ExperienceKind kind) {
			super(entries, kind);
		}

	}

	@RestController
	@RequestMapping("/api/v1/candidates/me/certifications")
	static class CertificationsController extends EntriesController<Certification.Fields, Certification.View> {

		CertificationsController(CandidateEntryService entries, CertificationKind kind) {
			super(entries, kind);
		}

	}

	@RestController
	@RequestMapping("/api/v1/candidates/me/portfolio")
	static class PortfolioController extends EntriesController<PortfolioItem.Fields, PortfolioItem.View> {

		PortfolioController(CandidateEntryService entries, PortfolioKind kind) {
			super(entries, kind);
		}

	}

}
