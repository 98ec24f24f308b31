package io.openhire.analytics;

import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.repository.Repository;

/**
 * The stored audit log. Append-only by its shape: it can add and find records, and has no
 * method to change or delete one.
 */
interface AuditRecords extends Repository<AuditRecord, UUID> {

	AuditRecord save(AuditRecord record);

	Page<AuditRecord> findAll(Specification<AuditRecord> filter, Pageable page);

}
