package io.openhire.jobs;

import java.util.UUID;

import io.openhire.ApiTest;
import io.openhire.TestUsers;
import io.openhire.TestUsers.SignedIn;
import io.openhire.companies.CompanyDirectory;
import io.openhire.shared.AuditEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static io.openhire.jobs.JobFixtures.company;
import static io.openhire.jobs.JobFixtures.create;
import static io.openhire.jobs.JobFixtures.job;
import static io.openhire.jobs.JobFixtures.move;
import static org.assertj.core.api.Assertions.assertThat;

/** The events a job's lifecycle publishes, and the audit of admin decisions. */
@ApiTest
@RecordApplicationEvents
class JobEventsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestUsers users;

	@Autowired
	CompanyDirectory directory;

	@Autowired
	ApplicationEvents events;

	@Test
	void publishingEditingAndClosingAreAnnounced() {
		SignedIn owner = users.employer();
		UUID company = company(mvc, directory, owner, true);
		UUID job = create(mvc, owner, job(company, JobFixtures.category(mvc, 0)));
		move(mvc, owner, job, "publish");
		io.openhire.Api.patch(mvc, JobFixtures.JOBS + "/" + job, owner.bearer(), "{\"title\": \"Changed\"}");
		move(mvc, owner, job, "close");
		assertThat(events.stream(JobPublished.class)).singleElement()
			.satisfies((event) -> assertThat(event.companyId()).isEqualTo(company))
			.satisfies((event) -> assertThat(event.jobId()).isEqualTo(job));
		assertThat(events.stream(JobUpdated.class)).singleElement()
			.satisfies((event) -> assertThat(event.status()).isEqualTo("published"));
		assertThat(events.stream(JobClosed.class)).singleElement()
			.satisfies((event) -> assertThat(event.jobId()).isEqualTo(job));
	}

	@Test
	void adminDecisionsAreAudited() {
		SignedIn owner = users.employer();
		SignedIn admin = users.admin();
		UUID job = create(mvc, owner, job(company(mvc, directory, owner, false), JobFixtures.category(mvc, 0)));
		move(mvc, owner, job, "publish");
		io.openhire.Api.post(mvc, "/api/v1/admin/jobs/" + job + "/reject", admin.bearer(), "{\"reason\": \"No pay\"}");
		move(mvc, owner, job, "publish");
		io.openhire.Api.post(mvc, "/api/v1/admin/jobs/" + job + "/approve", admin.bearer(), "{}");
		assertThat(events.stream(AuditEvent.class).filter((event) -> job.toString().equals(event.entityId())))
			.extracting(AuditEvent::action)
			.containsExactly("job_rejected", "job_approved");
		assertThat(events.stream(AuditEvent.class)
			.filter((event) -> "job_rejected".equals(event.action()))
			.filter((event) -> job.toString().equals(event.entityId()))).singleElement()
			.satisfies((event) -> assertThat(event.details()).containsEntry("reason", "No pay"))
			.satisfies((event) -> assertThat(event.actorId()).isEqualTo(admin.id()));
		assertThat(events.stream(JobPublished.class)).singleElement();
	}

}
