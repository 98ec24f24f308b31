package io.openhire;

import java.time.Duration;
import java.util.function.ToLongFunction;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.boot.test.context.TestComponent;

import static org.awaitility.Awaitility.await;

/**
 * Counts the SQL statements an action prepares, for the N+1 tests. Hibernate's statistics
 * count the whole application, so it first waits until no event listener of an earlier
 * step is still running, and takes the fewest of a few runs.
 */
@TestComponent
public class Statements {

	private final Statistics statistics;

	private final EventPublicationRegistry publications;

	Statements(EntityManagerFactory entityManagerFactory, EventPublicationRegistry publications) {
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.publications = publications;
	}

	public long of(Runnable action) {
		return fewest(action, Statistics::getPrepareStatementCount);
	}

	/**
	 * The fewest of a few runs of the action by this count of Hibernate's statistics
	 * (entities inserted, updated, loaded, ...).
	 */
	public long fewest(Runnable action, ToLongFunction<Statistics> count) {
		await().atMost(Duration.ofSeconds(20)).until(() -> publications.findIncompletePublications().isEmpty());
		long fewest = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			statistics.clear();
			action.run();
			fewest = Math.min(fewest, count.applyAsLong(statistics));
		}
		return fewest;
	}

}
