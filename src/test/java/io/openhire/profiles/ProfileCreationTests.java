package io.openhire.profiles;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.openhire.ApiTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Profiles created on first access and by the registration listener at the same time: one
 * profile, and every caller gets it.
 */
@ApiTest
class ProfileCreationTests {

	@Autowired
	ProfileCreation creation;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void concurrentCreationsMakeOneProfile() throws Exception {
		UUID userId = UUID.randomUUID();
		CountDownLatch start = new CountDownLatch(1);
		Callable<UUID> create = () -> {
			start.await(10, TimeUnit.SECONDS);
			return creation.candidate(userId).id();
		};
		ExecutorService threads = Executors.newFixedThreadPool(6);
		try {
			List<Future<UUID>> results = IntStream.range(0, 6).mapToObj((i) -> threads.submit(create)).toList();
			start.countDown();
			List<UUID> ids = results.stream().map(ProfileCreationTests::get).distinct().toList();
			assertThat(ids).hasSize(1);
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(
				jdbc.queryForObject("select count(*) from candidate_profiles where user_id = ?", Integer.class, userId))
			.isEqualTo(1);
	}

	private static UUID get(Future<UUID> result) {
		try {
			return result.get(20, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

}
