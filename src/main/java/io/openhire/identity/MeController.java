package io.openhire.identity;

import java.util.Map;

import io.openhire.shared.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account ({@code /api/v1/auth/me}); any signed-in user. */
@RestController
@RequestMapping("/api/v1/auth/me")
@Tag(name = "Identity")
class MeController {

	record NameChange(
			@Nullable @Size(max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String firstName,
			@Nullable @Size(max = 100) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String lastName) {
	}

	record Erasure(@NotBlank @Size(max = 128) String password) {
	}

	private final Accounts accounts;

	MeController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	@Operation(summary = "The signed-in user")
	UserView me() {
		return UserView.of(accounts.get(CurrentUser.get().id()));
	}

	@PatchMapping
	@Operation(summary = "Change the signed-in user's name")
	UserView rename(@Valid @RequestBody NameChange change) {
		return UserView.of(accounts.rename(CurrentUser.get().id(), change.firstName(), change.lastName()));
	}

	@GetMapping("/export")
	@Operation(summary = "Everything Openhire holds about the signed-in user, as one JSON document")
	Map<String, Object> export() {
		return accounts.export(CurrentUser.get().id());
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Erase the account: personal data removed, sessions ended")
	void erase(@Valid @RequestBody Erasure erasure) {
		accounts.erase(CurrentUser.get(), erasure.password());
	}

}
