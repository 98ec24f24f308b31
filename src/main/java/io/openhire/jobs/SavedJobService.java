package io.openhire.jobs;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.openhire.shared.ApiProblem;
import io.openhire.shared.CurrentUser;
import io.openhire.shared.CursorQuery;
import io.openhire.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidates' saved jobs. A save is an insert that may find the row there already (then
 * only its notes and tags change), an unsave a delete; {@code save_count} moves by an SQL
 * increment in the same transaction, only when a row really appeared or went, so it stays
 * exact however many requests run at once.
 */
@Service
@Transactional
class SavedJobService {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SavedJobs saved;

	private final Jobs jobs;

	private final JobViews views;

	private final JobActivity activity;

	private final Clock clock;

	private final JobDetailCache details;

	SavedJobService(SavedJobs saved, Jobs jobs, JobViews views, JobActivity activity, Clock clock,
			JobDetailCache details) {
		this.details = details;
		this.saved = saved;
		this.jobs = jobs;
		this.views = views;
		this.activity = activity;
		this.clock = clock;
	}

	/**
	 * Saves a job the candidate may see (published and open), or changes notes and tags.
	 */
	SavedJobView save(CurrentUser candidate, UUID jobId, @Nullable String notes, @Nullable List<String> tags) {
		Job job = jobs.findById(jobId).orElseThrow(JobService::noSuchJob);
		Instant now = clock.instant();
		if (!job.isOpen(now)) {
			throw JobService.noSuchJob();
		}
		String cleanNotes = (notes == null || notes.isBlank()) ? null : notes.strip();
		String tagJson = JSON.writeValueAsString(
				(tags != null) ? tags.stream().map(String::strip).distinct().toList() : List.<String>of());
		if (saved.insertIfAbsent(candidate.id(), jobId, cleanNotes, tagJson, now) == 1) {
			jobs.addSaves(jobId, 1);
			details.forget(jobId);
			activity.saved(jobId);
		}
		else {
			saved.change(candidate.id(), jobId, cleanNotes, tagJson);
		}
		SavedJob row = saved.findById(SavedJob.Key.of(candidate.id(), jobId)).orElseThrow(JobService::noSuchJob);
		return view(row, views.summaries(List.of(job)).get(0));
	}

	/**
	 * Ends a save; nothing to do when there is none, but a job the candidate may not see
	 * and never saved is 404.
	 */
	void unsave(CurrentUser candidate, UUID jobId) {
		if (saved.remove(candidate.id(), jobId) == 1) {
			jobs.addSaves(jobId, -1);
			details.forget(jobId);
			return;
		}
		Job job = jobs.findById(jobId).orElseThrow(JobService::noSuchJob);
		if (!job.isOpen(clock.instant())) {
			throw JobService.noSuchJob();
		}
	}

	@Transactional(readOnly = true)
	Page<SavedJobView> page(CurrentUser candidate, PageQuery page) {
		Page<SavedJob> found = saved.findByUserId(candidate.id(), PageRequest.of(page.page() - 1, page.pageSize(),
				Sort.by(Sort.Order.desc("savedAt"), Sort.Order.desc("jobId"))));
		return new PageImpl<>(withJobs(found.getContent()), found.getPageable(), found.getTotalElements());
	}

	@Transactional(readOnly = true)
	JobListing.Slice<SavedJobView> cursor(CurrentUser candidate, CursorQuery cursor) {
		int size = cursor.pageSize();
		Limit limit = Limit.of(size + 1);
		List<SavedJob> found;
		if (cursor.isFirstPage()) {
			found = saved.newest(candidate.id(), limit);
		}
		else {
			String[] position = position(cursor.position());
			Instant at = Instant.parse(position[0]);
			UUID job = UUID.fromString(position[1]);
			found = cursor.backwards() ? saved.newerThan(candidate.id(), at, job, limit)
					: saved.olderThan(candidate.id(), at, job, limit);
		}
		found = new ArrayList<>(found);
		boolean more = found.size() > size;
		if (more) {
			found.remove(size);
		}
		if (cursor.backwards()) {
			Collections.reverse(found);
		}
		if (found.isEmpty()) {
			return new JobListing.Slice<>(List.of(), null, null);
		}
		boolean hasNext = cursor.backwards() || more;
		boolean hasPrevious = cursor.backwards() ? more : !cursor.isFirstPage();
		return new JobListing.Slice<>(withJobs(found), hasNext ? position(found.get(found.size() - 1)) : null,
				hasPrevious ? position(found.get(0)) : null);
	}

	/** The jobs of a page of saves in one query, their related data in one batch each. */
	private List<SavedJobView> withJobs(List<SavedJob> rows) {
		List<Job> found = jobs.findAllById(rows.stream().map(SavedJob::jobId).toList());
		Map<UUID, JobSummary> summaries = views.summaries(found)
			.stream()
			.collect(Collectors.toMap(JobSummary::id, Function.identity()));
		return rows.stream()
			.filter((row) -> summaries.containsKey(row.jobId()))
			.map((row) -> view(row, summaries.get(row.jobId())))
			.toList();
	}

	private static SavedJobView view(SavedJob row, JobSummary job) {
		return new SavedJobView(job, row.notes(), row.tags(), row.savedAt());
	}

	private static String position(SavedJob row) {
		return row.savedAt() + "|" + row.jobId();
	}

	private static String[] position(@Nullable String text) {
		String[] parts = (text != null) ? text.split("\\|", 2) : new String[0];
		try {
			if (parts.length == 2) {
				Instant.parse(parts[0]);
				UUID.fromString(parts[1]);
				return parts;
			}
		}
		catch (DateTimeParseException | IllegalArgumentException ex) {
			// refused below
		}
		throw ApiProblem.badRequest("invalid_cursor", "The cursor is not one this API gave out.");
	}

	/** A saved job as {@code GET /saved-jobs} lists it. */
	record SavedJobView(JobSummary job, @Nullable String notes, List<String> tags, Instant savedAt) {

	}

}
