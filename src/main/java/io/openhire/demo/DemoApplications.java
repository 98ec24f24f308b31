package io.openhire.demo;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;

import io.openhire.demo.DemoJobs.SeededJob;
import io.openhire.shared.Ids;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Applications to the demo jobs that were ever published, at every status of the
 * pipeline, each with the history of moves that API.md's transition table allows to get
 * there, an interview where the pipeline reached {@code interviewing}, and a placement
 * (active, completed or terminated) for every hire.
 */
final class DemoApplications {

	/** The employer's pipeline; a final status is reached from one of its stages. */
	private static final List<String> PIPELINE = List.of("APPLIED", "REVIEWING", "SHORTLISTED", "INTERVIEWING",
			"OFFERED", "HIRED");

	/** Where applications end up, weighted: most are still early in the pipeline. */
	private static final List<String> OUTCOMES = List.of("APPLIED", "APPLIED", "APPLIED", "APPLIED", "REVIEWING",
			"REVIEWING", "SHORTLISTED", "INTERVIEWING", "OFFERED", "HIRED", "REJECTED", "REJECTED", "REJECTED",
			"WITHDRAWN");

	private static final List<String> INTERVIEW_TYPES = List.of("PHONE", "VIDEO", "VIDEO", "IN_PERSON", "TECHNICAL");

	private final RandomGenerator random;

	private final List<UUID> candidates;

	private final RowBatch applications;

	private final RowBatch changes;

	private final RowBatch interviews;

	private final RowBatch placements;

	DemoApplications(JdbcTemplate jdbc, RandomGenerator random, List<UUID> candidates) {
		this.random = random;
		this.candidates = candidates;
		this.applications = new RowBatch(jdbc, "applications", "id", "job_id", "company_id", "candidate_id",
				"cover_letter", "answers", "status", "rating", "internal_notes", "applied_at", "hired_at", "updated_at",
				"version");
		this.changes = new RowBatch(jdbc, "application_status_changes", "id", "application_id", "from_status",
				"to_status", "changed_by", "reason", "note", "changed_at");
		this.interviews = new RowBatch(jdbc, "interviews", "id", "application_id", "type", "status", "scheduled_at",
				"duration_minutes", "location", "meeting_url", "interviewer_name", "feedback", "rating", "sequence",
				"created_by", "created_at", "updated_at", "version");
		this.placements = new RowBatch(jdbc, "placements", "id", "application_id", "job_id", "company_id",
				"candidate_id", "start_date", "end_date", "status", "completion_date", "rating", "feedback",
				"created_at", "updated_at", "version");
	}

	/** How many candidates apply to a job in this status: half of the jobs get none. */
	int applicantCount(@Nullable OffsetDateTime publishedAt) {
		if (publishedAt == null || this.random.nextBoolean()) {
			return 0;
		}
		return Math.min(this.candidates.size(), 1 + this.random.nextInt(4));
	}

	/** {@code count} distinct candidates apply to the job (written after the job). */
	void add(SeededJob job, int count, OffsetDateTime now) {
		Set<UUID> applicants = new HashSet<>();
		while (applicants.size() < count) {
			applicants.add(this.candidates.get(this.random.nextInt(this.candidates.size())));
		}
		for (UUID candidate : applicants) {
			apply(job, candidate, now);
		}
	}

	private void apply(SeededJob job, UUID candidate, OffsetDateTime now) {
		OffsetDateTime published = (job.publishedAt() != null) ? job.publishedAt() : now;
		OffsetDateTime appliedAt = published
			.plusMinutes(this.random.nextLong(Math.max(1, Duration.between(published, now).toMinutes())));
		List<String> path = path(OUTCOMES.get(this.random.nextInt(OUTCOMES.size())));
		Duration step = Duration.between(appliedAt, now).dividedBy(path.size() + 1);
		OffsetDateTime lastMove = appliedAt.plus(step.multipliedBy(path.size() - 1));
		String status = path.get(path.size() - 1);
		boolean screened = path.size() > 1;
		UUID id = Ids.newId();
		this.applications.add(id, job.id(), job.company().id(), candidate,
				"I would love to join " + job.company().name() + ": the role fits what I have done so far.",
				job.answers(), status, (screened && this.random.nextBoolean()) ? 1 + this.random.nextInt(5) : null,
				(screened && this.random.nextInt(3) == 0) ? "Strong CV; check references." : null, appliedAt,
				status.equals("HIRED") ? lastMove : null, lastMove, 0);
		for (int i = 0; i < path.size(); i++) {
			String to = path.get(i);
			OffsetDateTime at = appliedAt.plus(step.multipliedBy(i));
			boolean byCandidate = i == 0 || to.equals("WITHDRAWN");
			this.changes.add(Ids.newId(), id, (i == 0) ? null : path.get(i - 1), to,
					byCandidate ? candidate : job.company().ownerId(),
					to.equals("REJECTED") ? "Another candidate fits the role better." : null, null, at);
			if (to.equals("INTERVIEWING")) {
				boolean movedOn = i < path.size() - 1;
				OffsetDateTime interviewAt = movedOn ? at.plus(step.dividedBy(2)) : at.plusDays(2);
				interview(id, job, at, interviewAt, movedOn || interviewAt.isBefore(now));
			}
			if (to.equals("HIRED")) {
				placement(id, job, candidate, at, now);
			}
		}
	}

	/** The moves from {@code applied} to an outcome, all allowed by API.md's table. */
	private List<String> path(String outcome) {
		int index = PIPELINE.indexOf(outcome);
		if (index >= 0) {
			return PIPELINE.subList(0, index + 1);
		}
		// rejected or withdrawn from one of the stages before an offer is taken
		List<String> path = new ArrayList<>(PIPELINE.subList(0, 1 + this.random.nextInt(PIPELINE.size() - 1)));
		path.add(outcome);
		return path;
	}

	private void interview(UUID application, SeededJob job, OffsetDateTime movedAt, OffsetDateTime at, boolean held) {
		String type = INTERVIEW_TYPES.get(this.random.nextInt(INTERVIEW_TYPES.size()));
		boolean inPerson = type.equals("IN_PERSON");
		this.interviews.add(Ids.newId(), application, type, held ? "COMPLETED" : "SCHEDULED", at,
				List.of(30, 45, 60).get(this.random.nextInt(3)), inPerson ? job.company().city().name() : null,
				inPerson ? null : "https://meet.example.com/" + application, "Hiring manager",
				held ? "Good conversation; clear examples." : null, held ? 2 + this.random.nextInt(4) : null, 0,
				job.company().ownerId(), movedAt, movedAt, 0);
	}

	/** Most placements are running; some short ones (a week or more) already ended. */
	private void placement(UUID application, SeededJob job, UUID candidate, OffsetDateTime hiredAt,
			OffsetDateTime now) {
		OffsetDateTime start = hiredAt.plusDays(1 + this.random.nextInt(14));
		OffsetDateTime earliestEnd = start.plusDays(7);
		int roll = this.random.nextInt(10);
		String status = (roll < 6 || !earliestEnd.isBefore(now)) ? "ACTIVE" : (roll < 9) ? "COMPLETED" : "TERMINATED";
		OffsetDateTime end = status.equals("ACTIVE") ? null
				: earliestEnd.plusMinutes(this.random.nextLong(Duration.between(earliestEnd, now).toMinutes() + 1));
		boolean completed = status.equals("COMPLETED");
		this.placements.add(Ids.newId(), application, job.id(), job.company().id(), candidate, start.toLocalDate(),
				(end != null) ? end.toLocalDate() : null, status, completed ? end.toLocalDate() : null,
				completed ? 3 + this.random.nextInt(3) : null, completed ? "Reliable and quick to learn." : null,
				hiredAt, (end != null) ? end : hiredAt, 0);
	}

	/** Parents first: an application before its history, interviews and placement. */
	void flush() {
		this.applications.flush();
		this.changes.flush();
		this.interviews.flush();
		this.placements.flush();
	}

	List<RowBatch> batches() {
		return List.of(this.applications, this.changes, this.interviews, this.placements);
	}

}
