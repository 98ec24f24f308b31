package io.openhire.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * A job's fields changed (its status is given as the API spells it: an edit may send a
 * published job back to {@code pending_review}).
 */
public record JobUpdated(UUID jobId, UUID companyId, String status, Instant updatedAt) {

}
