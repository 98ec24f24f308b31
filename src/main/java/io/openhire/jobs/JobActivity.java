package io.openhire.jobs;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Views, saves and applications of each job per UTC day ({@code job_activity}), what
 * {@link JobTrending} ranks by. Each record joins the caller's transaction; none touches
 * the count columns of the job itself.
 */
@Component
class JobActivity {

	private enum Kind {

		VIEWS, SAVES, APPLICATIONS

	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	JobActivity(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records one application to the job today; does not change its application_count.
	 */
	void applied(UUID jobId) {
		add(jobId, today(), Kind.APPLICATIONS, 1);
	}

	void saved(UUID jobId) {
		add(jobId, today(), Kind.SAVES, 1);
	}

	void viewed(UUID jobId, LocalDate day, long views) {
		add(jobId, day, Kind.VIEWS, views);
	}

	/**
	 * Increments the day's row; only when there is none yet, creates it and increments
	 * again. One statement for all but a job's first record of a day, and exact when
	 * nodes record the same job and day at once: the insert skips a row another node made
	 * meanwhile (H2 and PostgreSQL agree on both statements, unlike on an upsert that
	 * updates).
	 */
	private void add(UUID jobId, LocalDate day, Kind kind, long amount) {
		Date date = Date.valueOf(day);
		String column = kind.name().toLowerCase(java.util.Locale.ROOT);
		String increment = "update job_activity set " + column + " = " + column
				+ " + ? where job_id = ? and activity_day = ?";
		if (jdbc.update(increment, amount, jobId, date) == 0) {
			jdbc.update("insert into job_activity (job_id, activity_day) values (?, ?) on conflict do nothing", jobId,
					date);
			jdbc.update(increment, amount, jobId, date);
		}
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

}
