package io.openhire.search;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What {@code GET /jobs/search/suggest} completes from: the distinct titles, skills,
 * companies and cities of open jobs, each with how many open jobs carry it, read from
 * search's copy of the jobs ({@code search_jobs}) and held in memory by the first letter
 * of each of their words.
 * <p>
 * The first version asked the index: one prefix query per type with a terms aggregation
 * over every matching job, which at 1,000,000 jobs took seconds per request ("tech"
 * matches hundreds of thousands of jobs). The distinct values are a few thousand.
 * <p>
 * Freshness: a change to a job's copy on this node marks the catalog stale; the next
 * suggestion request then rebuilds it in the background (one rebuild at a time) and is
 * answered from the previous one. Without changes it is rebuilt when older than
 * {@code openhire.search.suggest.max-age} (60 s), which is also how other nodes' changes
 * arrive. Only the very first request waits for a build.
 */
@Component
class SuggestionCatalog {

	private static final Logger log = LoggerFactory.getLogger(SuggestionCatalog.class);

	/** A value to suggest, its words in lower case, and how many open jobs carry it. */
	record Entry(String text, String type, long count, List<String> words) {

	}

	/** One build: entries by the first letter of each of their words, most jobs first. */
	private record Built(Map<Character, List<Entry>> byLetter, Instant at) {

	}

	private static final String OPEN = "(j.open_until is null or j.open_until > ?)";

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Duration maxAge;

	private final AtomicBoolean stale = new AtomicBoolean();

	private final AtomicBoolean building = new AtomicBoolean();

	private volatile @Nullable Built current;

	SuggestionCatalog(JdbcTemplate jdbc, Clock clock,
			@Value("${openhire.search.suggest.max-age:60s}") Duration maxAge) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxAge = maxAge;
	}

	/** The entries with a word starting with this letter, most jobs first. */
	List<Entry> startingWith(char letter) {
		return built().byLetter().getOrDefault(letter, List.of());
	}

	/** A job's copy changed on this node: rebuild at the next request. */
	void changed() {
		stale.set(true);
	}

	private Built built() {
		Built built = current;
		if (built == null) {
			synchronized (this) {
				if (current == null) {
					stale.set(false);
					current = build();
				}
				return current;
			}
		}
		boolean old = Duration.between(built.at(), clock.instant()).compareTo(maxAge) >= 0;
		if ((stale.get() || old) && building.compareAndSet(false, true)) {
			Thread.ofVirtual().name("suggestions").start(() -> {
				try {
					stale.set(false);
					current = build();
				}
				catch (RuntimeException ex) {
					stale.set(true);
					log.warn("Could not rebuild the suggestions; keeping the previous ones", ex);
				}
				finally {
					building.set(false);
				}
			});
		}
		return built;
	}

	private Built build() {
		Instant now = clock.instant();
		Timestamp at = Timestamp.from(now);
		List<Entry> entries = new ArrayList<>();
		add(entries, "title", "j.title", "search_jobs j", at);
		add(entries, "skill", "s.name", "search_job_skills s join search_jobs j on j.id = s.job_id", at);
		add(entries, "company", "j.company_name", "search_jobs j", at);
		add(entries, "location", "j.city", "search_jobs j", at);
		entries.sort(Comparator.comparingLong(Entry::count).reversed().thenComparing(Entry::text));
		Map<Character, List<Entry>> byLetter = new HashMap<>();
		for (Entry entry : entries) {
			Set<Character> letters = new LinkedHashSet<>();
			entry.words().forEach((word) -> letters.add(word.charAt(0)));
			letters.forEach((letter) -> byLetter.computeIfAbsent(letter, (l) -> new ArrayList<>()).add(entry));
		}
		return new Built(byLetter, now);
	}

	/** Each value of {@code column} among open jobs, with how many open jobs have it. */
	private void add(List<Entry> entries, String type, String column, String from, Timestamp at) {
		String sql = "select " + column + ", count(*) from " + from + " where " + column + " is not null and " + OPEN
				+ " group by " + column;
		jdbc.query(sql, (row) -> {
			String text = row.getString(1);
			List<String> words = JobQuery.words(text);
			if (!words.isEmpty()) {
				entries.add(new Entry(text, type, row.getLong(2), words));
			}
		}, at);
	}

}
