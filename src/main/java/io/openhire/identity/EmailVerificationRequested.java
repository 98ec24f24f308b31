package io.openhire.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An email with a single-use token that verifies the address must go to the user.
 */
public record EmailVerificationRequested(UUID userId, String email, String firstName, String token, Instant expiresAt) {

}
