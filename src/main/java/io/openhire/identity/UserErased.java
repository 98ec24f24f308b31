package io.openhire.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * An account was erased at its owner's request: modules remove or anonymize the personal
 * data they hold about the user.
 */
public record UserErased(UUID userId, Instant occurredAt) {

}
