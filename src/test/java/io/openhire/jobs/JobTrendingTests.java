package io.openhire.jobs;

import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import io.openhire.companies.CompanyDirectory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.openhire.jobs.JobFixtures.JOBS;
import static io.openhire.jobs.JobFixtures.company;
import static io.openhire.jobs.JobFixtures.job;
import static io.openhire.jobs.JobFixtures.published;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /jobs/trending}: time-decayed activity (half-life 3 days), ranked at a
 * driven time, filtered, cached briefly. Each test narrows the ranking to a city of its
 * own.
 */
@ApiTest
class JobTrendingTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CompanyDirectory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JobTrending trending;

	@Autowired
	JobActivity activity;

	@Autowired
	CacheManager caches;

	@Test
	void olderActivityCountsLessByHalfEveryHalfLife() {
		String city = "Trend" + JobFixtures.word();
		SignedIn owner = users.employer();
		UUID old = publishedIn(owner, city);
		UUID fresh = publishedIn(owner, city);
		UUID saved = publishedIn(owner, city);
		Instant now = Instant.parse("2030-03-20T12:00:00Z");
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		record(old, today.minusDays(6), 40, 0, 0); // 40 × 0.25 = 10
		record(fresh, today, 8, 0, 0); // 8
		record(saved, today.minusDays(3), 0, 2, 1); // (2 × 3 + 5) × 0.5 = 5.5
		String place = city.toLowerCase(java.util.Locale.ROOT);
		assertThat(trending.rank(place, null, now)).containsExactly(old, fresh, saved);
		// a day earlier the fresh activity had not happened yet
		assertThat(trending.rank(place, null, now.minus(Duration.ofDays(1)))).containsExactly(old, saved);
		// six half-lives on, the same ratios; past the window (30 days) nothing is left
		assertThat(trending.rank(place, null, now.plus(Duration.ofDays(18)))).containsExactly(old, fresh, saved);
		assertThat(trending.rank(place, null, now.plus(Duration.ofDays(31)))).isEmpty();
		// one more view today puts the fresh job first
		record(fresh, today, 3, 0, 0);
		assertThat(trending.rank(place, null, now)).containsExactly(fresh, old, saved);
	}

	@Test
	void applicationsCountForTrendingButNotInTheJobsCount() {
		String city = "Trend" + JobFixtures.word();
		UUID job = publishedIn(users.employer(), city);
		activity.applied(job);
		activity.applied(job);
		assertThat(jdbc.queryForObject("select applications from job_activity where job_id = ?", Long.class, job))
			.isEqualTo(2);
		assertThat(jdbc.queryForObject("select application_count from jobs where id = ?", Long.class, job)).isZero();
		assertThat(trending.rank(city.toLowerCase(java.util.Locale.ROOT), null, Instant.now())).containsExactly(job);
	}

	@Test
	void theEndpointFiltersOpenJobsAndCachesTheRankingBriefly() {
		String city = "Trend" + JobFixtures.word();
		SignedIn owner = users.employer();
		UUID nurses = JobFixtures.category(mvc, 0);
		UUID doctors = JobFixtures.category(mvc, 1);
		UUID saved = publishedIn(owner, city);
		UUID other = published(mvc, owner, job(company(mvc, directory, owner, true), doctors).with("location",
				Map.of("city", city, "country", "NL")));
		UUID elsewhere = publishedIn(owner, "Trend" + JobFixtures.word());
		assertThat(Api.put(mvc, JOBS + "/" + saved + "/save", users.candidate().bearer(), "{}")).hasStatusOk();
		record(other, LocalDate.now(ZoneOffset.UTC), 1, 0, 0);
		record(elsewhere, LocalDate.now(ZoneOffset.UTC), 50, 0, 0);

		MvcTestResult result = Api.get(mvc, JOBS + "/trending?location=" + city, null);
		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.count").isEqualTo(2);
		assertThat(Api.<List<String>>read(result, "$.results[*].id")).containsExactly(saved.toString(),
				other.toString());
		assertThat(ids("?location=" + city + "&category=" + doctors)).containsExactly(other.toString());
		assertThat(ids("?location=" + city + "&category=" + nurses)).containsExactly(saved.toString());

		// cached: new activity shows only in a new ranking (once the entry expires)
		record(other, LocalDate.now(ZoneOffset.UTC), 100, 0, 0);
		assertThat(ids("?location=" + city)).containsExactly(saved.toString(), other.toString());
		assertThat(trending.rank(city.toLowerCase(java.util.Locale.ROOT), null, Instant.now())).containsExactly(other,
				saved);

		// a job that closes leaves at once, cached or not
		assertThat(JobFixtures.move(mvc, owner, other, "close")).hasStatusOk();
		assertThat(ids("?location=" + city)).containsExactly(saved.toString());
		MvcTestResult badCategory = Api.get(mvc, JOBS + "/trending?category=nope", null);
		assertThat(badCategory).hasStatus(400);
		assertThat(badCategory).bodyJson().extractingPath("$.code").isEqualTo("validation_failed");
		assertThat(badCategory).bodyJson().extractingPath("$.errors.category").isNotNull();
	}

	@Test
	void theRankingIsCachedForAMinuteWithCaffeineOrRedis() {
		Object cache = caches.getCache(JobTrending.CACHE).getNativeCache();
		Duration ttl;
		if (cache instanceof com.github.benmanes.caffeine.cache.Cache<?, ?> caffeine) {
			ttl = caffeine.policy().expireAfterWrite().orElseThrow().getExpiresAfter();
		}
		else {
			var redis = (org.springframework.data.redis.cache.RedisCache) caches.getCache(JobTrending.CACHE);
			ttl = redis.getCacheConfiguration().getTtlFunction().getTimeToLive("key", List.of());
		}
		assertThat(ttl).isEqualTo(Duration.ofSeconds(60));
	}

	private List<String> ids(String query) {
		MvcTestResult result = Api.get(mvc, JOBS + "/trending" + query, null);
		assertThat(result).hasStatusOk();
		return Api.read(result, "$.results[*].id");
	}

	private UUID publishedIn(SignedIn owner, String city) {
		return published(mvc, owner, job(company(mvc, directory, owner, true), JobFixtures.category(mvc, 0))
			.with("location", Map.of("city", city, "country", "NL")));
	}

	private void record(UUID job, LocalDate day, long views, long saves, long applications) {
		jdbc.update("insert into job_activity (job_id, activity_day) values (?, ?) on conflict do nothing", job,
				Date.valueOf(day));
		jdbc.update("update job_activity set views = views + ?, saves = saves + ?, applications = applications + ? "
				+ "where job_id = ? and activity_day = ?", views, saves, applications, job, Date.valueOf(day));
	}

}
