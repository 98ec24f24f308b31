package io.openhire.jobs;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code GET /jobs/trending}: published, open jobs ranked by their recent activity, each
 * UTC day's views, saves and applications weighted and halved every half-life
 * ({@code openhire.jobs.trending.half-life}, 3 days):
 * {@code score = Σ weight × count × 0.5^(age in days / half-life)}, today's age being 0.
 * The ranking (the best {@value #RANKED} job ids per filter) is cached briefly
 * ({@value #CACHE}); the jobs themselves are read fresh.
 */
@Service
@Transactional(readOnly = true)
class JobTrending {

	static final String CACHE = "jobs-trending";

	static final int RANKED = 100;

	private final JdbcTemplate jdbc;

	private final Jobs jobs;

	private final JobViews views;

	private final CacheManager caches;

	private final Clock clock;

	private final Duration halfLife;

	private final double viewWeight;

	private final double saveWeight;

	private final double applicationWeight;

	JobTrending(JdbcTemplate jdbc, Jobs jobs, JobViews views, CacheManager caches, Clock clock,
			@Value("${openhire.jobs.trending.half-life:P3D}") Duration halfLife,
			@Value("${openhire.jobs.trending.weights.views:1}") double viewWeight,
			@Value("${openhire.jobs.trending.weights.saves:3}") double saveWeight,
			@Value("${openhire.jobs.trending.weights.applications:5}") double applicationWeight) {
		if (!halfLife.isPositive()) {
			throw new IllegalArgumentException("openhire.jobs.trending.half-life must be positive");
		}
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.views = views;
		this.caches = caches;
		this.clock = clock;
		this.halfLife = halfLife;
		this.viewWeight = viewWeight;
		this.saveWeight = saveWeight;
		this.applicationWeight = applicationWeight;
	}

	/** The trending jobs, best first, that are still open now. */
	List<JobSummary> trending(@Nullable String location, @Nullable UUID category) {
		String where = (location == null || location.isBlank()) ? "" : location.strip().toLowerCase(Locale.ROOT);
		String key = where + "|" + ((category != null) ? category : "");
		Cache cache = caches.getCache(CACHE);
		List<UUID> ranked = (cache != null)
				? cache.get(key, () -> new ArrayList<>(rank(where, category, clock.instant())))
				: rank(where, category, clock.instant());
		Instant now = clock.instant();
		Map<UUID, Job> found = jobs.findAllById(ranked)
			.stream()
			.filter((job) -> job.isOpen(now))
			.collect(Collectors.toMap(Job::id, Function.identity()));
		return views.summaries(ranked.stream().filter(found::containsKey).map(found::get).toList());
	}

	/**
	 * Ranks the open jobs with activity in the last ten half-lives (at most 90 days) at
	 * {@code now}.
	 * @param location a city (any case) or an ISO country code; empty for anywhere
	 */
	List<UUID> rank(String location, @Nullable UUID category, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		double halfLifeDays = halfLife.toMillis() / (double) Duration.ofDays(1).toMillis();
		long window = Math.min(90, Math.max(1, (long) Math.ceil(10 * halfLifeDays)));
		StringBuilder sql = new StringBuilder("""
				select a.job_id, a.activity_day, a.views, a.saves, a.applications
				from job_activity a join jobs j on j.id = a.job_id
				where a.activity_day >= ? and a.activity_day <= ? and j.status = 'PUBLISHED'
				and (j.expires_at is null or j.expires_at > ?)
				and (j.application_deadline is null or j.application_deadline > ?)""");
		List<Object> arguments = new ArrayList<>(List.of(Date.valueOf(today.minusDays(window)), Date.valueOf(today),
				Timestamp.from(now), Timestamp.from(now)));
		if (!location.isEmpty()) {
			sql.append(" and (j.city_key = ? or j.country = ?)");
			arguments.add(location);
			arguments.add(location.toUpperCase(Locale.ROOT));
		}
		if (category != null) {
			sql.append(" and j.category_id = ?");
			arguments.add(category);
		}
		Map<UUID, Double> scores = new HashMap<>();
		jdbc.query(sql.toString(), (row) -> {
			LocalDate day = row.getDate("activity_day").toLocalDate();
			double age = Math.max(0, ChronoUnit.DAYS.between(day, today));
			double weighted = viewWeight * row.getLong("views") + saveWeight * row.getLong("saves")
					+ applicationWeight * row.getLong("applications");
			scores.merge(row.getObject("job_id", UUID.class), weighted * Math.pow(0.5, age / halfLifeDays),
					Double::sum);
		}, arguments.toArray());
		return scores.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() > 0)
			.sorted(Map.Entry.<UUID, Double>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
			.limit(RANKED)
			.map(Map.Entry::getKey)
			.toList();
	}

}
