package io.openhire.companies;

import java.time.Instant;
import java.util.UUID;

/**
 * A company was deleted, with its memberships: modules that refer to it by id (jobs,
 * search, verification) remove or close what they hold for it.
 */
public record CompanyDeleted(UUID companyId, Instant occurredAt) {

}
