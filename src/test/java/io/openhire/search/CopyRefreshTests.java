package io.openhire.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.dao.OptimisticLockingFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The refresh protocol of copies, without a database: retries and the index catch-up. */
class CopyRefreshTests {

	private static final UUID ID = UUID.randomUUID();

	@Test
	void aLostRaceIsRefreshedAgainUpToThreeTimes() {
		AtomicInteger calls = new AtomicInteger();
		assertThat(CopyRefresh.retried(() -> {
			if (calls.incrementAndGet() < 3) {
				throw new OptimisticLockingFailureException("the other refresh won");
			}
			return "written";
		})).isEqualTo("written");
		assertThat(calls).hasValue(3);

		calls.set(0);
		assertThatThrownBy(() -> CopyRefresh.retried(() -> {
			calls.incrementAndGet();
			throw new OptimisticLockingFailureException("always lost");
		})).isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(calls).hasValue(3);
	}

	@Test
	void aNewerCopyCommittedMeanwhileIsIndexedAfterwards() {
		List<Long> committed = new ArrayList<>(List.of(2L));
		List<Optional<Long>> reindexed = new ArrayList<>();
		CopyRefresh.follow(ID, (id) -> Optional.of(1L), (id) -> Optional.of(committed.get(0)), (id) -> {
			reindexed.add(Optional.of(committed.get(0)));
			return Optional.of(committed.get(0));
		});
		assertThat(reindexed).as("the copy as it is now, once").containsExactly(Optional.of(2L));
	}

	@Test
	void nothingIsReindexedWhenTheOwnWriteIsTheLatest() {
		AtomicInteger reindexed = new AtomicInteger();
		CopyRefresh.follow(ID, (id) -> Optional.of(7L), (id) -> Optional.of(7L), (id) -> {
			reindexed.incrementAndGet();
			return Optional.of(7L);
		});
		CopyRefresh.follow(ID, (id) -> Optional.empty(), (id) -> Optional.empty(), (id) -> {
			reindexed.incrementAndGet();
			return Optional.empty();
		});
		assertThat(reindexed).hasValue(0);
	}

}
