package io.openhire.catalog;

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

/** Qualifications ({@code /api/v1/qualifications}): public lists, admin changes. */
@RestController
@RequestMapping("/api/v1/qualifications")
@Tag(name = "Catalog")
class QualificationController {

	/**
	 * A new qualification, or a change: a missing field stays, {@code "field": null}
	 * clears.
	 */
	static final class QualificationRequest {

		@JsonProperty
		@Nullable String name;

		@JsonProperty
		@Nullable String level;

		@Nullable Optional<String> field;

		@JsonProperty("field")
		void field(@Nullable String field) {
			this.field = Optional.ofNullable(field);
		}

		QualificationService.QualificationFields fields() {
			return new QualificationService.QualificationFields(name, level, field);
		}

	}

	private final QualificationService qualifications;

	QualificationController(QualificationService qualifications) {
		this.qualifications = qualifications;
	}

	@GetMapping
	@Operation(summary = "Qualifications by name; q matches the start of the name; level filters")
	PageResponse<QualificationView> list(PageQuery page, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String level) {
		return qualifications.list(q, level, page).response(page);
	}

	@GetMapping("/{id}")
	QualificationView get(@PathVariable UUID id) {
		return qualifications.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Create a qualification: {name, level, field?}")
	QualificationView create(@RequestBody QualificationRequest request) {
		return qualifications.create(CurrentUser.get().id(), request.fields());
	}

	@PatchMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	QualificationView change(@PathVariable UUID id, @RequestBody QualificationRequest request) {
		return qualifications.change(CurrentUser.get().id(), id, request.fields());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ADMIN')")
	void delete(@PathVariable UUID id) {
		qualifications.delete(CurrentUser.get().id(), id);
	}

}
