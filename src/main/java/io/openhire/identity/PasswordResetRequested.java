package io.openhire.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An email with a single-use password-reset token must go to the user.
 */
public record PasswordResetRequested(UUID userId, String email, String firstName, String token, Instant expiresAt) {

}
