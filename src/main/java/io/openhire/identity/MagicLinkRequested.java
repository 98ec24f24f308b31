package io.openhire.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An email with a single-use sign-in token (magic link) must go to the user.
 */
public record MagicLinkRequested(UUID userId, String email, String firstName, String token, Instant expiresAt) {

}
