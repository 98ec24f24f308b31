package io.openhire.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.openhire.shared.PageQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kept searches: fresh, answered while run again, expired; driven by a clock of the test.
 */
class RecentSearchesTests {

	private static final Duration MAX_AGE = Duration.ofSeconds(10);

	private final TestClock clock = new TestClock();

	private final RecentSearches recent = new RecentSearches(MAX_AGE, clock);

	private final AtomicInteger runs = new AtomicInteger();

	private final JobQuery query = JobQuery
		.of(new SearchRequest("nurse", null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, 1, PageQuery.DEFAULT_PAGE_SIZE));

	private RecentSearches.Ranked search() {
		return new RecentSearches.Ranked(runs.incrementAndGet(), List.of(), Map.of(), null);
	}

	@Test
	void aSearchIsKeptForItsMaxAge() {
		assertThat(recent.get(query, this::search).count()).isEqualTo(1);
		clock.advance(MAX_AGE.minusMillis(1));
		assertThat(recent.get(query, this::search).count()).isEqualTo(1);
		assertThat(runs).hasValue(1);
	}

	@Test
	void anOlderSearchIsAnsweredAsKeptWhileItRunsAgain() {
		recent.get(query, this::search);
		clock.advance(MAX_AGE);
		assertThat(recent.get(query, this::search).count()).as("the kept answer, at once").isEqualTo(1);
		await().atMost(Duration.ofSeconds(10)).until(() -> recent.get(query, this::search).count() == 2);
		assertThat(runs).as("one run in the background, however often asked").hasValue(2);
	}

	@Test
	void aSearchTwiceTheMaxAgeOldRunsBeforeTheAnswer() {
		recent.get(query, this::search);
		clock.advance(MAX_AGE.multipliedBy(2));
		assertThat(recent.get(query, this::search).count()).isEqualTo(2);
	}

	@Test
	void aMaxAgeOfZeroKeepsNothingAndRunsEachSearchOnce() {
		RecentSearches none = new RecentSearches(Duration.ZERO, clock);
		assertThat(none.get(query, this::search).count()).isEqualTo(1);
		assertThat(none.get(query, this::search).count()).isEqualTo(2);
		assertThat(runs).as("no run in the background besides the asked ones").hasValue(2);
	}

	@Test
	void forgettingRunsEverySearchAgain() {
		recent.get(query, this::search);
		recent.forget();
		assertThat(recent.get(query, this::search).count()).isEqualTo(2);
	}

	private static final class TestClock extends Clock {

		private volatile Instant now = Instant.parse("2026-11-22T10:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
