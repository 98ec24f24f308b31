package io.openhire.analytics;

import io.openhire.shared.PageQuery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit log: every security event and admin action any module published as an
 * {@link io.openhire.shared.AuditEvent}. Entries are written only by the analytics module
 * itself, from those events; nothing changes or deletes them.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

	/** Newest first; the record id (time-ordered) breaks ties between equal instants. */
	static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

	private final AuditRecords records;

	AuditLog(AuditRecords records) {
		this.records = records;
	}

	/**
	 * The entries matching {@code filter}, newest first, one page of them.
	 * @return the page, with the number of all matching entries
	 */
	public Page<AuditLogEntry> find(AuditLogFilter filter, PageQuery page) {
		PageRequest request = PageRequest.of(page.page() - 1, page.pageSize(), NEWEST_FIRST);
		return records.findAll(filter.toSpecification(), request).map(AuditRecord::toEntry);
	}

}
