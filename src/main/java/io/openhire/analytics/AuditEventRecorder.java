package io.openhire.analytics;

import io.openhire.shared.AuditEvent;

import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes every published {@link AuditEvent} to the audit log, once.
 * <p>
 * The listener is Spring Modulith's {@code @ApplicationModuleListener} (asynchronous,
 * after the publisher's commit, in a transaction of its own, its publication kept in the
 * event publication registry until it succeeds) plus {@code fallbackExecution}, because
 * security events are also published where no transaction runs (a failed sign-in). There
 * a plain {@code @ApplicationModuleListener} is skipped: the registry stores the
 * publication, but the listener only runs when the publication is resubmitted, at the
 * next restart. With {@code fallbackExecution} the same listener runs at once instead,
 * and the registry marks that publication completed like any other, so neither case is
 * recorded twice.
 * <p>
 * An event published in a transaction that rolls back is not recorded: it is not known to
 * have happened. Publishers of events that must survive their own failure (a refused
 * sign-in) publish them outside the failing transaction, or keep it from rolling back
 * ({@code noRollbackFor}, as the identity module's sign-in does).
 * <p>
 * The listener id is fixed so that renaming this class does not orphan publications
 * stored under the old name.
 */
@Component
class AuditEventRecorder {

	static final String LISTENER_ID = "analytics.audit-log";

	private final AuditRecords records;

	AuditEventRecorder(AuditRecords records) {
		this.records = records;
	}

	@Async
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	@TransactionalEventListener(id = LISTENER_ID, fallbackExecution = true)
	void on(AuditEvent event) {
		records.save(new AuditRecord(event));
	}

}
