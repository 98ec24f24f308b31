package io.openhire.applications;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.openhire.Api;
import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import io.openhire.companies.CompanyDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.openhire.applications.ApplicationFixtures.APPLICATIONS;
import static org.assertj.core.api.Assertions.assertThat;

/** What the module tells the rest of Openhire, with what in it. */
@ApiTest
@RecordApplicationEvents
class ApplicationEventsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CompanyDirectory directory;

	@Autowired
	ApplicationEvents events;

	ApplicationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ApplicationFixtures(mvc, users, directory);
	}

	@Test
	void eachStepOfAHirePublishesItsEvent() {
		ApplicationFixtures.Posted job = fixtures.job();
		SignedIn owner = job.employer().owner();
		SignedIn candidate = users.candidate();
		String id = fixtures.applied(candidate, job.jobId());
		UUID application = UUID.fromString(id);

		assertThat(events.stream(ApplicationSubmitted.class)).singleElement().satisfies((event) -> {
			assertThat(event.applicationId()).isEqualTo(application);
			assertThat(event.jobId()).isEqualTo(job.jobId());
			assertThat(event.companyId()).isEqualTo(job.employer().companyId());
			assertThat(event.candidateId()).isEqualTo(candidate.id());
			assertThat(event.jobPostedBy()).isEqualTo(owner.id());
			assertThat(event.jobTitle()).startsWith("Nurse ");
		});

		fixtures.moveAll(owner, id, "shortlisted", "interviewing");
		MvcTestResult interview = Api.post(mvc, APPLICATIONS + "/" + id + "/interviews", owner.bearer(),
				"{\"type\": \"technical\", \"scheduled_at\": \"%s\", \"duration_minutes\": 90}"
					.formatted(Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)));
		assertThat(interview).hasStatus(201);
		String interviewId = Api.read(interview, "$.id");
		assertThat(Api.delete(mvc, "/api/v1/interviews/" + interviewId, owner.bearer(), null)).hasStatusOk();
		assertThat(events.stream(InterviewScheduled.class)).singleElement().satisfies((event) -> {
			assertThat(event.interviewId()).hasToString(interviewId);
			assertThat(event.candidateId()).isEqualTo(candidate.id());
			assertThat(event.type()).isEqualTo("technical");
			assertThat(event.durationMinutes()).isEqualTo(90);
			assertThat(event.sequence()).isZero();
		});
		assertThat(events.stream(InterviewCancelled.class)).singleElement()
			.satisfies((event) -> assertThat(event.sequence()).isEqualTo(1));

		fixtures.moveAll(owner, id, "offered");
		fixtures.moveAll(candidate, id, "hired");
		assertThat(events.stream(ApplicationStatusChanged.class)).extracting(ApplicationStatusChanged::toStatus)
			.containsExactly("shortlisted", "interviewing", "offered", "hired");
		assertThat(events.stream(ApplicationStatusChanged.class)).extracting(ApplicationStatusChanged::byCandidate)
			.containsExactly(false, false, false, true);

		String placement = Api.read(Api.get(mvc, "/api/v1/placements", candidate.bearer()), "$.results[0].id");
		assertThat(Api.post(mvc, "/api/v1/placements/" + placement + "/complete", owner.bearer(),
				"{\"completion_date\": \"2030-01-31\", \"rating\": 4}"))
			.hasStatusOk();
		assertThat(events.stream(PlacementCompleted.class)).singleElement().satisfies((event) -> {
			assertThat(event.placementId()).hasToString(placement);
			assertThat(event.applicationId()).isEqualTo(application);
			assertThat(event.rating()).isEqualTo(4);
			assertThat(event.completionDate()).hasToString("2030-01-31");
		});
	}

}
