package io.openhire.analytics;

import java.time.Duration;
import java.util.List;

import io.openhire.ApiTest;
import io.openhire.shared.AuditEvent;
import io.openhire.shared.PageQuery;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every {@link AuditEvent} is recorded exactly once, whether it is published inside a
 * transaction or outside any; an event whose transaction rolls back is not.
 * <p>
 * "Exactly once" is checked after the event's publication has left the event publication
 * registry: from then on nothing can deliver it again.
 */
@ApiTest
class AuditEventRecorderTests {

	private static final Duration DEADLINE = Duration.ofSeconds(10);

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	AuditLog auditLog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Test
	void recordsAnEventPublishedInACommittedTransactionOnce() {
		AuditEvent event = AuditEvents.event().detail("reason", "committed").build();
		transaction.executeWithoutResult((status) -> {
			events.publishEvent(event);
			entityManager.flush();
			assertThat(publications(event)).as("kept by the event publication registry until recorded").isOne();
		});
		awaitDelivered(event);
		List<AuditLogEntry> entries = recorded(event.action());
		assertThat(entries).hasSize(1);
		AuditLogEntry entry = entries.get(0);
		assertThat(entry.actorId()).isEqualTo(event.actorId());
		assertThat(entry.entityType()).isEqualTo(event.entityType());
		assertThat(entry.entityId()).isEqualTo(event.entityId());
		assertThat(entry.ip()).isEqualTo(event.ip());
		assertThat(entry.userAgent()).isEqualTo(event.userAgent());
		assertThat(entry.occurredAt()).isEqualTo(event.occurredAt());
		assertThat(entry.details()).containsExactlyEntriesOf(event.details());
	}

	@Test
	void recordsAnEventPublishedOutsideAnyTransactionOnce() {
		assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isFalse();
		AuditEvent event = AuditEvents.event().actor(null).action(AuditEvents.uniqueAction()).build();
		events.publishEvent(event);
		awaitDelivered(event);
		assertThat(recorded(event.action())).singleElement().satisfies((entry) -> assertThat(entry.actorId()).isNull());
	}

	@Test
	void doesNotRecordAnEventWhoseTransactionRollsBack() {
		AuditEvent rolledBack = AuditEvents.event().build();
		transaction.executeWithoutResult((status) -> {
			events.publishEvent(rolledBack);
			status.setRollbackOnly();
		});
		assertThat(publications(rolledBack)).isZero();
		// a later event is recorded; the rolled-back one, never handed to the listener,
		// is not
		AuditEvent later = AuditEvents.event().build();
		events.publishEvent(later);
		awaitDelivered(later);
		assertThat(recorded(later.action())).hasSize(1);
		assertThat(recorded(rolledBack.action())).isEmpty();
	}

	@Test
	void keepsOversizedAndNulContainingValuesCut() {
		String agent = "Mozilla/5.0 \u0000" + "x".repeat(2000);
		AuditEvent event = AuditEvents.event()
			.from("2001:db8::1", agent)
			.detail("note", "y".repeat(5000))
			.detail("attempt", "3")
			.build();
		events.publishEvent(event);
		awaitDelivered(event);
		assertThat(recorded(event.action())).singleElement().satisfies((entry) -> {
			assertThat(entry.userAgent()).hasSize(AuditRecord.USER_AGENT_LENGTH)
				.startsWith("Mozilla/5.0 \uFFFD")
				.doesNotContain("\u0000");
			assertThat(entry.details()).containsEntry("attempt", "3");
			assertThat(entry.details().get("note")).hasSize(AuditDetails.VALUE_LENGTH);
		});
	}

	/**
	 * Waits until the event is recorded and its publication completed (and so deleted).
	 */
	private void awaitDelivered(AuditEvent event) {
		await().atMost(DEADLINE).untilAsserted(() -> {
			assertThat(recorded(event.action())).isNotEmpty();
			assertThat(publications(event)).isZero();
		});
	}

	private List<AuditLogEntry> recorded(String action) {
		AuditLogFilter filter = new AuditLogFilter(null, action, null, null, null, null);
		return auditLog.find(filter, PageQuery.first()).getContent();
	}

	private long publications(AuditEvent event) {
		return jdbc.sql("select count(*) from event_publication where serialized_event like ?")
			.param("%" + event.action() + "%")
			.query(Long.class)
			.single();
	}

}
