package io.openhire.identity;

import java.time.Instant;
import java.util.UUID;

import io.openhire.shared.ApiEnums;
import io.openhire.shared.CurrentUser;
import io.openhire.shared.PageQuery;
import io.openhire.shared.PageResponse;
import io.openhire.shared.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
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

/**
 * Admin user management ({@code /api/v1/admin/users}, API.md "Admin users"); admins only.
 */
@RestController
@RequestMapping("/api/v1/admin/users")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Admin users")
class AdminUsersController {

	record NewUser(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 128) String password,
			@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
			@NotNull Role role) {
	}

	record UserChange(@Nullable @Size(max = 100) String firstName, @Nullable @Size(max = 100) String lastName,
			@Nullable Role role, @com.fasterxml.jackson.annotation.JsonProperty("is_active") @Nullable Boolean active,
			@com.fasterxml.jackson.annotation.JsonProperty("is_email_verified") @Nullable Boolean emailVerified) {
	}

	private final AdminUsers admin;

	AdminUsersController(AdminUsers admin) {
		this.admin = admin;
	}

	@GetMapping
	@Operation(summary = "Users, newest first, filtered")
	PageResponse<UserView> list(PageQuery page, @RequestParam(required = false) @Nullable String role,
			@RequestParam(name = "is_active", required = false) @Nullable Boolean active,
			@RequestParam(name = "is_email_verified", required = false) @Nullable Boolean emailVerified,
			@RequestParam(required = false) @Nullable String q,
			@RequestParam(name = "joined_after", required = false) @Nullable Instant joinedAfter,
			@RequestParam(name = "joined_before", required = false) @Nullable Instant joinedBefore) {
		UserFilter filter = new UserFilter(ApiEnums.parameter(Role.class, "role", role), active, emailVerified, q,
				joinedAfter, joinedBefore);
		Page<User> users = admin.list(filter, page);
		return PageResponse.of(page, users.getTotalElements(), users.map(UserView::of).getContent());
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a user of any role, admins included")
	UserView create(@Valid @RequestBody NewUser user) {
		return UserView.of(admin.create(CurrentUser.get().id(), user.email(), user.password(), user.firstName(),
				user.lastName(), user.role()));
	}

	@GetMapping("/{id}")
	UserView get(@PathVariable UUID id) {
		return UserView.of(admin.get(id));
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change a user's name, role, status or email verification")
	UserView change(@PathVariable UUID id, @Valid @RequestBody UserChange change) {
		return UserView.of(admin.change(CurrentUser.get().id(), id, new AdminUsers.Changes(change.firstName(),
				change.lastName(), change.role(), change.active(), change.emailVerified())));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Deactivate a user (accounts are never deleted by admins)")
	void delete(@PathVariable UUID id) {
		admin.setActive(CurrentUser.get().id(), id, false);
	}

	@PostMapping("/{id}/activate")
	UserView activate(@PathVariable UUID id) {
		return UserView.of(admin.setActive(CurrentUser.get().id(), id, true));
	}

	@PostMapping("/{id}/deactivate")
	@Operation(summary = "Deactivate a user: every token of theirs stops working at once")
	UserView deactivate(@PathVariable UUID id) {
		return UserView.of(admin.setActive(CurrentUser.get().id(), id, false));
	}

}
