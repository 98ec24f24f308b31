package io.openhire.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * A published job stopped being public: closed by its owner or an admin, closed because
 * it expired or passed its deadline, or archived.
 */
public record JobClosed(UUID jobId, UUID companyId, Instant closedAt) {

}
