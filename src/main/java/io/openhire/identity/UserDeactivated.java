package io.openhire.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An account was deactivated: all its tokens are revoked and it cannot sign in.
 */
public record UserDeactivated(UUID userId, Instant occurredAt) {

}
