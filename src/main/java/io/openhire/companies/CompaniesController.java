package io.openhire.companies;

import io.openhire.shared.MergePatch;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.openhire.shared.CurrentUser;
import io.openhire.shared.PageQuery;
import io.openhire.shared.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Companies ({@code /api/v1/companies}, API.md "Companies"). */
@RestController
@RequestMapping("/api/v1/companies")
@Tag(name = "Companies")
class CompaniesController {

	private final CompanyService companies;

	private final MergePatch patches;

	CompaniesController(CompanyService companies, MergePatch patches) {
		this.companies = companies;
		this.patches = patches;
	}

	@GetMapping
	@Operation(summary = "Companies by name, filtered; public")
	PageResponse<CompanyView> list(PageQuery page, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String industry,
			@RequestParam(required = false) @Nullable String size,
			@RequestParam(required = false) @Nullable String city,
			@RequestParam(required = false) @Nullable String country,
			@RequestParam(required = false) @Nullable Boolean verified) {
		CompanyFilter filter = new CompanyFilter(q, blank(type) ? null : CompanyType.parameter("type", type), industry,
				blank(size) ? null : CompanySize.parameter("size", size), city, country, verified);
		Page<Company> found = companies.list(filter, page);
		return PageResponse.of(page, found.getTotalElements(), found.map(CompanyView::of).getContent());
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
	@Operation(summary = "Create a company; the creator becomes its owner")
	ResponseEntity<CompanyView> create(@Valid @RequestBody CompanyDetails details) {
		Company company = companies.create(CurrentUser.get(), details);
		URI location = ServletUriComponentsBuilder.fromCurrentRequest()
			.path("/{id}")
			.buildAndExpand(company.id())
			.toUri();
		return ResponseEntity.created(location).body(CompanyView.of(company));
	}

	@GetMapping("/{id}")
	@Operation(summary = "A company; public")
	CompanyView get(@PathVariable UUID id) {
		return CompanyView.of(companies.get(id));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
	@Operation(summary = "Replace a company's details (owners, admins); fields left out are cleared")
	CompanyView replace(@PathVariable UUID id, @Valid @RequestBody CompanyDetails details) {
		return CompanyView.of(companies.update(CurrentUser.get(), id, details));
	}

	@PatchMapping(path = "/{id}", consumes = { MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json" })
	@PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
	@Operation(summary = "Change some of a company's details (owners, admins), as a JSON merge patch: null clears")
	CompanyView change(@PathVariable UUID id, @RequestBody JsonNode patch) {
		CurrentUser caller = CurrentUser.get();
		return CompanyView
			.of(companies.patch(caller, id, (current) -> patches.apply(current, patch, CompanyDetails.class)));
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasAnyRole('EMPLOYER', 'ADMIN')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a company with its memberships (admins; owners while it has no published jobs)")
	void delete(@PathVariable UUID id) {
		companies.delete(CurrentUser.get(), id);
	}

	@GetMapping("/{id}/jobs")
	@Operation(summary = "A company's published jobs; public. Empty until the jobs module exists")
	PageResponse<Object> jobs(@PathVariable UUID id, PageQuery page) {
		companies.get(id);
		// TODO(jobs issue): the jobs module answers this list once it exists
		return PageResponse.of(page, 0, List.of());
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
