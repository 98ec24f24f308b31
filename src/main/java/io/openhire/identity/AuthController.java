package io.openhire.identity;

import io.openhire.shared.CurrentUser;
import io.openhire.shared.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration, sign-in and sign-out, email verification, passwords and magic links
 * ({@code /api/v1/auth}, API.md "Identity"). Anonymous callers may use all of it but
 * logout, password change and verification resend (see {@link IdentityRoutes}).
 */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "Identity")
class AuthController {

	record RegisterRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 128) String password,
			@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
			@NotNull Role role) {
	}

	record LoginRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 128) String password,
			@Nullable Role role) {
	}

	record RefreshRequest(@NotBlank @Size(max = 200) String refresh) {
	}

	record TokenRequest(@NotBlank @Size(max = 200) String token) {
	}

	record EmailRequest(@NotBlank @Size(max = 254) String email) {
	}

	record PasswordChange(@NotBlank @Size(max = 128) String currentPassword,
			@NotBlank @Size(max = 128) String newPassword) {
	}

	record PasswordResetConfirmation(@NotBlank @Size(max = 200) String token,
			@NotBlank @Size(max = 128) String newPassword) {
	}

	private final Registration registration;

	private final SignIn signIn;

	private final Passwords passwords;

	AuthController(Registration registration, SignIn signIn, Passwords passwords) {
		this.registration = registration;
		this.signIn = signIn;
		this.passwords = passwords;
	}

	@PostMapping("/register")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register as a candidate or employer; sends a verification email")
	TokenResponse register(@Valid @RequestBody RegisterRequest request) {
		return TokenResponse.of(registration.register(request.email(), request.password(), request.firstName(),
				request.lastName(), request.role()));
	}

	@PostMapping("/login")
	@Operation(summary = "Sign in with email and password, optionally for one role")
	TokenResponse login(@Valid @RequestBody LoginRequest request) {
		return TokenResponse.of(signIn.withPassword(request.email(), request.password(), request.role()));
	}

	@PostMapping("/refresh")
	@Operation(summary = "Spend a refresh token for new tokens")
	TokenResponse refresh(@Valid @RequestBody RefreshRequest request) {
		return TokenResponse.of(signIn.refresh(request.refresh()), null);
	}

	@PostMapping("/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "End the session: the refresh token and the current access token stop working")
	void logout(@Valid @RequestBody RefreshRequest request, @AuthenticationPrincipal Jwt jwt) {
		signIn.logout(CurrentUser.of(jwt), request.refresh(), jwt.getExpiresAt());
	}

	@PostMapping("/verify-email")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Verify the email address with the emailed token")
	void verifyEmail(@Valid @RequestBody TokenRequest request) {
		registration.verifyEmail(request.token());
	}

	@PostMapping("/verify-email/resend")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Send the verification email again")
	void resendVerification() {
		registration.resendVerification(CurrentUser.get());
	}

	@PostMapping("/password/change")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change the password; other sessions end")
	void changePassword(@Valid @RequestBody PasswordChange request) {
		passwords.change(CurrentUser.get(), request.currentPassword(), request.newPassword());
	}

	@PostMapping("/password/reset")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Email a password-reset token (always 202)")
	void requestPasswordReset(@Valid @RequestBody EmailRequest request) {
		passwords.requestReset(request.email());
	}

	@PostMapping("/password/reset/confirm")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Set a new password with the emailed token; all sessions end")
	void confirmPasswordReset(@Valid @RequestBody PasswordResetConfirmation request) {
		passwords.confirmReset(request.token(), request.newPassword());
	}

	@PostMapping("/magic-link")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Email a single-use sign-in link (always 202)")
	void requestMagicLink(@Valid @RequestBody EmailRequest request) {
		signIn.sendMagicLink(request.email());
	}

	@PostMapping("/magic-link/confirm")
	@Operation(summary = "Sign in with the emailed magic-link token")
	TokenResponse confirmMagicLink(@Valid @RequestBody TokenRequest request) {
		return TokenResponse.of(signIn.withMagicLink(request.token()));
	}

}
