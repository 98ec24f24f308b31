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

/** Job categories ({@code /api/v1/categories}): public lists, admin changes. */
@RestController
@RequestMapping("/api/v1/categories")
@Tag(name = "Catalog")
class CategoryController {

	/**
	 * A new category, or a change: a missing field stays as it is,
	 * {@code "parent_id": null} moves the category to the top of the tree.
	 */
	static final class CategoryRequest {

		@JsonProperty
		@Nullable String name;

		@Nullable Optional<UUID> parentId;

		@JsonProperty("parent_id")
		void parentId(@Nullable UUID parentId) {
			this.parentId = Optional.ofNullable(parentId);
		}

		CategoryService.CategoryFields fields() {
			return new CategoryService.CategoryFields(name, parentId);
		}

	}

	private final CategoryService categories;

	CategoryController(CategoryService categories) {
		this.categories = categories;
	}

	@GetMapping
	@Operation(summary = "Job categories by name; q matches the start of the name",
			description = "parent_id lists the children of a category, root=true the top of the tree.")
	PageResponse<CategoryView> list(PageQuery page, @RequestParam(required = false) @Nullable String q,
			@RequestParam(name = "parent_id", required = false) @Nullable UUID parentId,
			@RequestParam(required = false, defaultValue = "false") boolean root) {
		return categories.list(q, parentId, root, page).response(page);
	}

	@GetMapping("/{id}")
	CategoryView get(@PathVariable UUID id) {
		return categories.get(id);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Create a category: {name, parent_id?}")
	CategoryView create(@RequestBody CategoryRequest request) {
		return categories.create(CurrentUser.get().id(), request.fields());
	}

	@PatchMapping("/{id}")
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Rename a category or move it in the tree")
	CategoryView change(@PathVariable UUID id, @RequestBody CategoryRequest request) {
		return categories.change(CurrentUser.get().id(), id, request.fields());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ADMIN')")
	@Operation(summary = "Delete a category without subcategories or jobs (else 409 in_use)")
	void delete(@PathVariable UUID id) {
		categories.delete(CurrentUser.get().id(), id);
	}

}
