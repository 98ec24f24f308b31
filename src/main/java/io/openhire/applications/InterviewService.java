package io.openhire.applications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.openhire.jobs.JobPostings;
import io.openhire.shared.ApiProblem;
import io.openhire.shared.CurrentUser;
import io.openhire.shared.MergePatch;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interviews of applications: the hiring company schedules, reschedules, records and
 * cancels them; the candidate and admins read them. Each (re)scheduling publishes
 * {@link InterviewScheduled}, each cancellation {@link InterviewCancelled}, from which
 * the candidate's calendar invite is mailed.
 */
@Service
@Transactional
class InterviewService {

	private final Interviews interviews;

	private final Applications applications;

	private final ApplicationAccess access;

	private final JobPostings postings;

	private final MergePatch patches;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	InterviewService(Interviews interviews, Applications applications, ApplicationAccess access, JobPostings postings,
			MergePatch patches, ApplicationEventPublisher events, Clock clock) {
		this.interviews = interviews;
		this.applications = applications;
		this.access = access;
		this.postings = postings;
		this.patches = patches;
		this.events = events;
		this.clock = clock;
	}

	InterviewView schedule(CurrentUser caller, UUID applicationId, InterviewFields fields) {
		Application application = access.visible(caller, applicationId);
		access.requireCompany(caller, application);
		application.requireOpen();
		if (fields.status() != null && fields.status() != InterviewStatus.SCHEDULED) {
			throw ApiProblem.invalid("status", "A new interview is scheduled.");
		}
		Interview interview = interviews
			.saveAndFlush(new Interview(application.id(), fields, caller.id(), clock.instant()));
		published(application, interview);
		return InterviewView.of(interview, false);
	}

	@Transactional(readOnly = true)
	List<InterviewView> list(CurrentUser caller, UUID applicationId) {
		Application application = access.visible(caller, applicationId);
		return interviews.findByApplicationIdOrderByScheduledAtAscIdAsc(application.id())
			.stream()
			.map((interview) -> InterviewView.of(interview, caller.isCandidate()))
			.toList();
	}

	InterviewView update(CurrentUser caller, UUID id, JsonNode patch) {
		Interview interview = interviews.findById(id).orElseThrow(InterviewService::notFound);
		Application application = ownApplication(caller, interview);
		InterviewFields fields = patches.apply(interview.fields(), patch, InterviewFields.class);
		switch (interview.update(fields, clock.instant())) {
			case RESCHEDULED -> {
				application.requireOpen();
				published(application, interview);
			}
			case CANCELLED -> cancelled(application, interview);
			case NONE -> {
			}
		}
		interviews.saveAndFlush(interview);
		return InterviewView.of(interview, false);
	}

	InterviewView cancel(CurrentUser caller, UUID id) {
		Interview interview = interviews.findById(id).orElseThrow(InterviewService::notFound);
		Application application = ownApplication(caller, interview);
		interview.cancel(clock.instant());
		interviews.saveAndFlush(interview);
		cancelled(application, interview);
		return InterviewView.of(interview, false);
	}

	/**
	 * The interview's application, if the caller acts for its company; else 404 or 403.
	 */
	private Application ownApplication(CurrentUser caller, Interview interview) {
		Application application = applications.findById(interview.applicationId())
			.orElseThrow(InterviewService::notFound);
		try {
			access.requireCompany(caller, application);
		}
		catch (ApiProblem problem) {
			if (problem.getStatusCode().value() == 404) {
				throw notFound();
			}
			throw problem;
		}
		return application;
	}

	private void published(Application application, Interview interview) {
		events.publishEvent(new InterviewScheduled(interview.id(), application.id(), application.candidateId(),
				jobTitle(application), interview.type().value(), interview.scheduledAt(), interview.durationMinutes(),
				interview.location(), interview.meetingUrl(), interview.interviewerName(), interview.sequence(),
				clock.instant()));
	}

	private void cancelled(Application application, Interview interview) {
		events.publishEvent(new InterviewCancelled(interview.id(), application.id(), application.candidateId(),
				jobTitle(application), interview.scheduledAt(), interview.durationMinutes(), interview.sequence(),
				clock.instant()));
	}

	private String jobTitle(Application application) {
		JobPostings.Reference job = postings.references(List.of(application.jobId())).get(application.jobId());
		return (job != null) ? job.title() : "";
	}

	private static ApiProblem notFound() {
		return ApiProblem.notFound("No such interview.");
	}

}
