package io.openhire.notifications;

import io.openhire.ApiTest;
import org.jobrunr.jobs.RecurringJob;
import org.jobrunr.server.JobActivator;
import org.jobrunr.server.runner.BackgroundJobWithIocRunner;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** JobRunr knows the outbox's retry, so some node runs it every 15 seconds. */
@ApiTest
class SendDueScheduleTests {

	@Autowired
	StorageProvider jobs;

	@Autowired
	JobActivator activator;

	@Test
	void sendDueIsARecurringJob() {
		assertThat(sendDue()).satisfies((job) -> {
			assertThat(job.getScheduleExpression()).isEqualTo("PT15S");
			assertThat(job.getJobDetails().getClassName()).isEqualTo(MailOutbox.class.getName());
			assertThat(job.getJobDetails().getMethodName()).isEqualTo("sendDue");
		});
	}

	@Test
	void jobRunrCanRunIt() throws Exception {
		// what a background job server does with the job; fails if JobRunr cannot reach
		// the method
		new BackgroundJobWithIocRunner(activator).run(sendDue().toEnqueuedJob());
	}

	private RecurringJob sendDue() {
		return jobs.getRecurringJobs()
			.stream()
			.filter((job) -> job.getId().equals("mail-outbox-send-due"))
			.findFirst()
			.orElseThrow();
	}

}
