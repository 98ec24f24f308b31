package io.openhire.analytics;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.openhire.ApiTest;
import io.openhire.shared.ApiProblem;
import io.openhire.shared.AuditEvent;
import io.openhire.shared.PageQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading the audit log: each filter, filters combined, time ranges, newest first, pages.
 * Records are stored directly (the listener has its own tests), with unique values that
 * each test filters by.
 */
@ApiTest
class AuditLogTests {

	private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

	@Autowired
	AuditLog auditLog;

	@Autowired
	AuditRecords records;

	@Test
	void filtersByActor() {
		UUID actor = UUID.randomUUID();
		AuditEvent mine = store(AuditEvents.event().actor(actor));
		store(AuditEvents.event());
		assertThat(actions(filter(actor, null, null, null, null, null))).containsExactly(mine.action());
	}

	@Test
	void filtersByAction() {
		AuditEvent mine = store(AuditEvents.event());
		store(AuditEvents.event());
		assertThat(find(filter(null, mine.action(), null, null, null, null))).singleElement()
			.satisfies((entry) -> assertThat(entry.entityId()).isEqualTo(mine.entityId()));
	}

	@Test
	void filtersByEntityType() {
		String type = "kind_" + UUID.randomUUID().toString().substring(0, 8);
		AuditEvent mine = store(AuditEvents.event().entity(type, null));
		store(AuditEvents.event().entity("user", null));
		assertThat(actions(filter(null, null, type, null, null, null))).containsExactly(mine.action());
	}

	@Test
	void filtersByEntityId() {
		String id = UUID.randomUUID().toString();
		AuditEvent user = store(AuditEvents.event().entity("user", id));
		AuditEvent job = store(AuditEvents.event().entity("job", id).at(NOW.minusSeconds(1)));
		store(AuditEvents.event());
		assertThat(actions(filter(null, null, null, id, null, null))).containsExactly(user.action(), job.action());
		assertThat(actions(filter(null, null, "job", id, null, null))).containsExactly(job.action());
	}

	@Test
	void combinesFilters() {
		UUID actor = UUID.randomUUID();
		String action = AuditEvents.uniqueAction();
		String entity = UUID.randomUUID().toString();
		AuditEvent match = store(AuditEvents.event().actor(actor).action(action).entity("job", entity));
		store(AuditEvents.event().actor(actor).action(action).entity("job", "other"));
		store(AuditEvents.event().actor(actor).action(action).entity("user", entity));
		store(AuditEvents.event().actor(UUID.randomUUID()).action(action).entity("job", entity));
		store(AuditEvents.event().actor(actor).entity("job", entity));
		assertThat(find(filter(actor, action, "job", entity, NOW.minusSeconds(60), NOW.plusSeconds(60))))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.occurredAt()).isEqualTo(match.occurredAt()));
		assertThat(find(filter(actor, action, null, null, null, null))).hasSize(3);
	}

	@Test
	void timeRangeIncludesBothEnds() {
		String action = AuditEvents.uniqueAction();
		Instant from = NOW.minus(3, ChronoUnit.HOURS);
		Instant to = NOW.minus(1, ChronoUnit.HOURS);
		store(AuditEvents.event().action(action).at(from.minusNanos(1000)));
		store(AuditEvents.event().action(action).at(from));
		store(AuditEvents.event().action(action).at(from.plusSeconds(60)));
		store(AuditEvents.event().action(action).at(to));
		store(AuditEvents.event().action(action).at(to.plusNanos(1000)));
		assertThat(times(filter(null, action, null, null, from, to))).containsExactly(to, from.plusSeconds(60), from);
		assertThat(times(filter(null, action, null, null, to, null))).containsExactly(to.plusNanos(1000), to);
		assertThat(times(filter(null, action, null, null, null, from))).containsExactly(from, from.minusNanos(1000));
		assertThat(times(filter(null, action, null, null, to, to))).containsExactly(to);
	}

	/**
	 * Time alone, in windows far from everything else in the shared database: only this
	 * test stores events before 1960 or after 9000.
	 */
	@Test
	void filtersByTimeAlone() {
		long day = ThreadLocalRandom.current().nextLong(3000);
		Instant past = Instant.parse("1950-01-01T00:00:00Z").plus(day, ChronoUnit.DAYS);
		Instant future = Instant.parse("9000-01-01T00:00:00Z").plus(day, ChronoUnit.DAYS);
		AuditEvent early = store(AuditEvents.event().at(past));
		AuditEvent late = store(AuditEvents.event().at(future));
		assertThat(actions(filter(null, null, null, null, future, null))).containsExactly(late.action());
		assertThat(actions(filter(null, null, null, null, null, past))).containsExactly(early.action());
		assertThat(actions(filter(null, null, null, null, past, past.plusSeconds(1)))).containsExactly(early.action());
	}

	@Test
	void refusesFromAfterTo() {
		assertThatExceptionOfType(ApiProblem.class)
			.isThrownBy(() -> filter(null, null, null, null, NOW, NOW.minusNanos(1000)))
			.satisfies((problem) -> assertThat(problem.code()).isEqualTo("validation_failed"));
	}

	@Test
	void listsNewestFirstAndPages() {
		String action = AuditEvents.uniqueAction();
		for (int minutes : new int[] { 5, 1, 4, 2, 3 }) {
			store(AuditEvents.event().action(action).at(NOW.minus(minutes, ChronoUnit.MINUTES)));
		}
		AuditLogFilter filter = filter(null, action, null, null, null, null);
		Page<AuditLogEntry> first = auditLog.find(filter, new PageQuery(1, 2));
		Page<AuditLogEntry> last = auditLog.find(filter, new PageQuery(3, 2));
		assertThat(first.getTotalElements()).isEqualTo(5);
		assertThat(first.getContent()).extracting(AuditLogEntry::occurredAt)
			.containsExactly(NOW.minus(1, ChronoUnit.MINUTES), NOW.minus(2, ChronoUnit.MINUTES));
		assertThat(last.getContent()).extracting(AuditLogEntry::occurredAt)
			.containsExactly(NOW.minus(5, ChronoUnit.MINUTES));
		assertThat(last.getTotalElements()).isEqualTo(5);
	}

	@Test
	void recordedLaterComesFirstAmongEqualTimes() {
		String action = AuditEvents.uniqueAction();
		AuditEvent first = store(AuditEvents.event().action(action).at(NOW).detail("n", "1"));
		AuditEvent second = store(AuditEvents.event().action(action).at(NOW).detail("n", "2"));
		assertThat(find(filter(null, action, null, null, null, null))).extracting((entry) -> entry.details().get("n"))
			.containsExactly(second.details().get("n"), first.details().get("n"));
	}

	private AuditEvent store(AuditEvents builder) {
		AuditEvent event = builder.build();
		records.save(new AuditRecord(event));
		return event;
	}

	private static AuditLogFilter filter(UUID actor, String action, String entityType, String entityId, Instant from,
			Instant to) {
		return new AuditLogFilter(actor, action, entityType, entityId, from, to);
	}

	private List<AuditLogEntry> find(AuditLogFilter filter) {
		return auditLog.find(filter, new PageQuery(1, PageQuery.MAX_PAGE_SIZE)).getContent();
	}

	private List<String> actions(AuditLogFilter filter) {
		return find(filter).stream().map(AuditLogEntry::action).toList();
	}

	private List<Instant> times(AuditLogFilter filter) {
		return find(filter).stream().map(AuditLogEntry::occurredAt).toList();
	}

}
