package io.openhire.jobs;

import java.time.Instant;
import java.util.UUID;

/**
 * A job became public: published by the owner of a verified company, approved by an
 * admin, or reopened.
 */
public record JobPublished(UUID jobId, UUID companyId, UUID categoryId, Instant publishedAt) {

}
