package io.openhire.jobs;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import io.openhire.catalog.CategoryCatalog;
import io.openhire.companies.CompanyDirectory;
import io.openhire.companies.CompanySummary;
import io.openhire.shared.ApiProblem;
import io.openhire.shared.AuditTrail;
import io.openhire.shared.CurrentUser;
import io.openhire.shared.VerificationStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, reading, editing and moving jobs through their lifecycle. Members of the
 * job's company (owners and recruiters) and admins may edit; the public sees published
 * jobs that are neither expired nor past their deadline. A job the caller may not see is
 * 404; a public job the caller may not change is 403.
 * <p>
 * Every change keeps the category's {@code job_count} (published jobs) right and
 * publishes {@link JobPublished}, {@link JobUpdated} and {@link JobClosed}.
 */
@Service
@Transactional
class JobService {

	private final Jobs jobs;

	private final JobRules rules;

	private final JobViews views;

	private final CompanyDirectory companies;

	private final CategoryCatalog categories;

	private final ApplicationEventPublisher events;

	private final AuditTrail trail;

	private final Clock clock;

	private final JobViewBuffer viewBuffer;

	JobService(Jobs jobs, JobRules rules, JobViews views, CompanyDirectory companies, CategoryCatalog categories,
			ApplicationEventPublisher events, AuditTrail trail, Clock clock, JobViewBuffer viewBuffer) {
		this.viewBuffer = viewBuffer;
		this.trail = trail;
		this.jobs = jobs;
		this.rules = rules;
		this.views = views;
		this.companies = companies;
		this.categories = categories;
		this.events = events;
		this.clock = clock;
	}

	JobView create(CurrentUser caller, JobDetails details) {
		CompanySummary company = companies.find(details.companyId())
			.orElseThrow(() -> ApiProblem.invalid("company_id", "No such company."));
		if (!caller.isAdmin() && !companies.isMember(company.id(), caller.id())) {
			throw ApiProblem.forbidden("forbidden", "Only members of the company and admins may post its jobs.");
		}
		Instant now = clock.instant();
		Job job = new Job(rules.check(details, company, caller.isAdmin(), false, now), caller.id(), now);
		jobs.saveAndFlush(job);
		return views.detail(job);
	}

	/**
	 * The job, counting a view of a public job (buffered: {@link JobViewBuffer}).
	 * @param viewer {@code user:<id>} or {@code ip:<address>}
	 */
	@Transactional(readOnly = true)
	JobView get(@Nullable CurrentUser caller, UUID id, String viewer) {
		Job job = jobs.findById(id).orElseThrow(JobService::noSuchJob);
		boolean open = job.isOpen(clock.instant());
		if (!open && !mayEdit(caller, job)) {
			throw noSuchJob();
		}
		if (open) {
			viewBuffer.viewed(id, viewer);
		}
		return views.detail(job);
	}

	JobView update(CurrentUser caller, UUID id, JobDetails details) {
		Job job = editable(caller, id);
		if (!job.companyId().equals(details.companyId())) {
			throw ApiProblem.invalid("company_id", "A job cannot move to another company.");
		}
		CompanySummary company = company(job);
		Instant now = clock.instant();
		JobRules.Checked checked = rules.check(details, company, caller.isAdmin(), job.isFeatured(), now);
		change(job, (j) -> j.update(checked, isVerified(company), now));
		events.publishEvent(new JobUpdated(job.id(), job.companyId(), job.status().value(), now));
		return views.detail(job);
	}

	JobView patch(CurrentUser caller, UUID id, UnaryOperator<JobDetails> patch) {
		Job job = editable(caller, id);
		return update(caller, id, patch.apply(job.details()));
	}

	/** Only the company's members publish (admins approve instead). */
	JobView publish(CurrentUser caller, UUID id) {
		Job job = editable(caller, id);
		if (!companies.isMember(job.companyId(), caller.id())) {
			throw ApiProblem.forbidden("forbidden", "Only members of the company publish its jobs.");
		}
		boolean verified = isVerified(company(job));
		return view(change(job, (j) -> j.publish(verified, clock.instant())));
	}

	JobView close(CurrentUser caller, UUID id) {
		return view(change(editable(caller, id), (j) -> j.close(clock.instant())));
	}

	JobView reopen(CurrentUser caller, UUID id) {
		return view(change(editable(caller, id), (j) -> j.reopen(clock.instant())));
	}

	JobView archive(CurrentUser caller, UUID id) {
		return view(change(editable(caller, id), (j) -> j.archive(clock.instant())));
	}

	JobView approve(CurrentUser admin, UUID id) {
		Job job = change(jobs.findById(id).orElseThrow(JobService::noSuchJob), (j) -> j.approve(clock.instant()));
		audit(admin, "job_approved", job, Map.of());
		return views.detail(job);
	}

	JobView reject(CurrentUser admin, UUID id, String reason) {
		Job job = change(jobs.findById(id).orElseThrow(JobService::noSuchJob),
				(j) -> j.reject(reason, clock.instant()));
		audit(admin, "job_rejected", job, Map.of("reason", reason));
		return views.detail(job);
	}

	/**
	 * Closes published jobs past their expiry or application deadline (the listings hide
	 * them already).
	 * @return how many were closed
	 */
	int closePastDates() {
		Instant now = clock.instant();
		int closed = 0;
		for (UUID id : jobs.findPublishedPastDates(now)) {
			Job job = jobs.findById(id).orElse(null);
			if (job != null && job.status() == JobStatus.PUBLISHED && job.isPastDates(now)) {
				change(job, (j) -> j.close(now));
				closed++;
			}
		}
		return closed;
	}

	/** Archives every job of a company that is gone. */
	int archiveAllOf(UUID companyId) {
		Instant now = clock.instant();
		var found = jobs.findByCompanyIdAndStatusNot(companyId, JobStatus.ARCHIVED);
		found.forEach((job) -> change(job, (j) -> j.archive(now)));
		return found.size();
	}

	/**
	 * Runs a state change and follows it up: category counts and lifecycle events.
	 */
	private Job change(Job job, Consumer<Job> move) {
		boolean wasPublished = job.status() == JobStatus.PUBLISHED;
		UUID oldCategory = job.categoryId();
		move.accept(job);
		boolean isPublished = job.status() == JobStatus.PUBLISHED;
		boolean moved = !oldCategory.equals(job.categoryId());
		if (wasPublished && (!isPublished || moved)) {
			categories.jobCountChanged(oldCategory, -1);
		}
		if (isPublished && (!wasPublished || moved)) {
			categories.jobCountChanged(job.categoryId(), 1);
		}
		Instant now = clock.instant();
		if (isPublished && !wasPublished) {
			events.publishEvent(new JobPublished(job.id(), job.companyId(), job.categoryId(), now));
		}
		else if (wasPublished && !isPublished) {
			events.publishEvent(new JobClosed(job.id(), job.companyId(), now));
		}
		return job;
	}

	/**
	 * The job if the caller may change it: 404 when they may not even see it, 403 when it
	 * is public.
	 */
	private Job editable(CurrentUser caller, UUID id) {
		Job job = jobs.findById(id).orElseThrow(JobService::noSuchJob);
		if (mayEdit(caller, job)) {
			return job;
		}
		if (job.isOpen(clock.instant())) {
			throw ApiProblem.forbidden("forbidden", "Only members of the company and admins may change this job.");
		}
		throw noSuchJob();
	}

	private boolean mayEdit(@Nullable CurrentUser caller, Job job) {
		return caller != null && (caller.isAdmin() || companies.isMember(job.companyId(), caller.id()));
	}

	private CompanySummary company(Job job) {
		return companies.find(job.companyId()).orElseThrow(() -> ApiProblem.notFound("The job's company is gone."));
	}

	private JobView view(Job job) {
		return views.detail(job);
	}

	private static boolean isVerified(CompanySummary company) {
		return company.verificationStatus() == VerificationStatus.VERIFIED;
	}

	private void audit(CurrentUser admin, String action, Job job, Map<String, String> details) {
		trail.record(admin.id(), action, "job", job.id(), details);
	}

	static ApiProblem noSuchJob() {
		return ApiProblem.notFound("No such job.");
	}

}
