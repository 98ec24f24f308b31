package io.openhire.applications;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.openhire.applications.ApplicationRequests.Apply;
import io.openhire.applications.ApplicationRequests.CandidateChanges;
import io.openhire.applications.ApplicationRequests.CompanyChanges;
import io.openhire.identity.AccountSummary;
import io.openhire.identity.UserAccounts;
import io.openhire.jobs.JobPostings;
import io.openhire.shared.ApiProblem;
import io.openhire.shared.CurrentUser;
import io.openhire.shared.MergePatch;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ApplicationEventPublisher;
import org.hibernate.exception.ConstraintViolationException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applying, editing and moving applications. Each status change is written to the history
 * and published as {@link ApplicationStatusChanged}; hiring also makes the
 * {@link Placement}, in the same transaction.
 */
@Service
@Transactional
class ApplicationService {

	private final Applications applications;

	private final StatusChanges changes;

	private final Placements placements;

	private final ApplicationAccess access;

	private final ApplicationViews views;

	private final JobPostings postings;

	private final UserAccounts accounts;

	private final MergePatch patches;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApplicationService(Applications applications, StatusChanges changes, Placements placements,
			ApplicationAccess access, ApplicationViews views, JobPostings postings, UserAccounts accounts,
			MergePatch patches, ApplicationEventPublisher events, Clock clock) {
		this.applications = applications;
		this.changes = changes;
		this.placements = placements;
		this.access = access;
		this.views = views;
		this.postings = postings;
		this.accounts = accounts;
		this.patches = patches;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * An unknown job answers like a job that is not open (409 {@code job_not_open}), so
	 * that ids of drafts cannot be told from ids of nothing.
	 */
	ApplicationView apply(CurrentUser caller, Apply request) {
		JobPostings.Posting job = postings.find(request.jobId())
			.filter(JobPostings.Posting::open)
			.orElseThrow(() -> ApiProblem.conflict("job_not_open", "The job does not take applications."));
		// no look-up first: the unique (job_id, candidate_id) decides, one query less per
		// application
		Application application = new Application(job.id(), job.companyId(), caller.id(),
				blankToNull(request.coverLetter()), request.resumeDocumentId(),
				Answers.check(request.answers(), job.questions()),
				// as the database keeps it, so the answer shows what a later read shows
				clock.instant().truncatedTo(ChronoUnit.MICROS));
		try {
			applications.saveAndFlush(application);
		}
		catch (DataIntegrityViolationException ex) {
			// applied before, or another request of the same candidate won
			if (violates(ex, "applications_job_candidate_unique")) {
				throw alreadyApplied();
			}
			throw ex;
		}
		changes.save(application.submitted());
		// read once: the event names the candidate, and the answer shows them
		AccountSummary candidate = accounts.find(caller.id()).orElse(null);
		events.publishEvent(new ApplicationSubmitted(application.id(), job.id(), job.title(), job.companyId(),
				caller.id(), (candidate != null) ? candidate.fullName() : "", job.postedBy(), application.appliedAt()));
		ApplicationView submitted = views.submitted(application, job.title(), candidate);
		// last: the job's row stays locked from here to the commit, so that
		// applications to one job at once wait for each other as briefly as can be
		postings.recordApplication(job.id());
		return submitted;
	}

	ApplicationView patch(CurrentUser caller, UUID id, JsonNode patch) {
		Application application = access.visible(caller, id);
		Instant now = clock.instant();
		if (access.party(caller, application) == Party.CANDIDATE) {
			CandidateChanges fields = patches.apply(new CandidateChanges(application.coverLetter()), patch,
					CandidateChanges.class);
			application.changeCoverLetter(blankToNull(fields.coverLetter()), now);
		}
		else {
			CompanyChanges fields = patches.apply(new CompanyChanges(application.rating(), application.internalNotes()),
					patch, CompanyChanges.class);
			application.review(fields.rating(), blankToNull(fields.internalNotes()), now);
		}
		applications.saveAndFlush(application);
		return views.one(application, caller);
	}

	ApplicationView transition(CurrentUser caller, UUID id, ApplicationStatus to, @Nullable String reason,
			@Nullable String note) {
		Application application = access.visible(caller, id);
		Party party = access.party(caller, application);
		Instant now = clock.instant();
		ApplicationStatus from = application.status();
		StatusChange change = application.moveTo(party, caller.id(), to, blankToNull(reason), blankToNull(note), now);
		applications.saveAndFlush(application);
		changes.save(change);
		if (to == ApplicationStatus.HIRED) {
			placements.save(new Placement(application, LocalDate.ofInstant(now, ZoneOffset.UTC), now));
		}
		JobPostings.Reference job = postings.references(List.of(application.jobId())).get(application.jobId());
		events.publishEvent(new ApplicationStatusChanged(application.id(), application.jobId(),
				(job != null) ? job.title() : "", application.companyId(), application.candidateId(),
				(job != null) ? job.postedBy() : application.candidateId(), from.value(), to.value(), caller.id(),
				change.reason(), now));
		return views.one(application, caller);
	}

	/** Whether the database refused the write for this constraint (names in any case). */
	private static boolean violates(DataIntegrityViolationException ex, String constraint) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConstraintViolationException violation && violation.getConstraintName() != null
					&& violation.getConstraintName().toLowerCase(Locale.ROOT).contains(constraint)) {
				return true;
			}
		}
		return false;
	}

	private static ApiProblem alreadyApplied() {
		return ApiProblem.conflict("already_applied", "You have applied to this job already.");
	}

	static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
