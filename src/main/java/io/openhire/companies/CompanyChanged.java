package io.openhire.companies;

import java.time.Instant;
import java.util.UUID;

/**
 * A company's details or its verification status changed: modules that show a copy of its
 * {@link CompanySummary} (name, type, verification status) forget what they keep of it.
 * Published inside the changing transaction.
 */
public record CompanyChanged(UUID companyId, Instant occurredAt) {

}
