package io.openhire.jobs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import io.openhire.shared.ApiProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The job state machine on the entity, without the application. */
class JobLifecycleTests {

	private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

	@Test
	void publishesAtOnceForAVerifiedCompany() {
		Job job = draft();
		job.publish(true, NOW);
		assertThat(job.status()).isEqualTo(JobStatus.PUBLISHED);
		assertThat(job.publishedAt()).isEqualTo(NOW);
		assertThat(job.isOpen(NOW)).isTrue();
	}

	@Test
	void waitsForReviewForAnUnverifiedCompanyAndARejectionReturnsItToDraft() {
		Job job = draft();
		job.publish(false, NOW);
		assertThat(job.status()).isEqualTo(JobStatus.PENDING_REVIEW);
		assertThat(job.isOpen(NOW)).isFalse();
		job.reject("Too vague", NOW);
		assertThat(job.status()).isEqualTo(JobStatus.DRAFT);
		assertThat(job.reviewNote()).isEqualTo("Too vague");
		job.publish(false, NOW);
		assertThat(job.reviewNote()).isNull();
		job.approve(NOW);
		assertThat(job.status()).isEqualTo(JobStatus.PUBLISHED);
	}

	@Test
	void closesReopensAndArchives() {
		Job job = draft();
		job.publish(true, NOW);
		job.close(NOW);
		assertThat(job.status()).isEqualTo(JobStatus.CLOSED);
		job.reopen(NOW.plusSeconds(10));
		assertThat(job.status()).isEqualTo(JobStatus.PUBLISHED);
		assertThat(job.publishedAt()).isEqualTo(NOW);
		job.archive(NOW);
		assertThat(job.status()).isEqualTo(JobStatus.ARCHIVED);
	}

	@Test
	void refusesEveryIllegalMove() {
		illegal(draft(), (job) -> job.close(NOW));
		illegal(draft(), (job) -> job.reopen(NOW));
		illegal(draft(), (job) -> job.approve(NOW));
		illegal(draft(), (job) -> job.reject("no", NOW));
		illegal(pending(), (job) -> job.publish(true, NOW));
		illegal(pending(), (job) -> job.close(NOW));
		illegal(pending(), (job) -> job.reopen(NOW));
		illegal(published(), (job) -> job.publish(true, NOW));
		illegal(published(), (job) -> job.reopen(NOW));
		illegal(published(), (job) -> job.approve(NOW));
		illegal(published(), (job) -> job.reject("no", NOW));
		illegal(closed(), (job) -> job.close(NOW));
		illegal(closed(), (job) -> job.publish(true, NOW));
		illegal(closed(), (job) -> job.approve(NOW));
		for (Consumer<Job> move : List.<Consumer<Job>>of((job) -> job.publish(true, NOW), (job) -> job.close(NOW),
				(job) -> job.reopen(NOW), (job) -> job.archive(NOW), (job) -> job.approve(NOW),
				(job) -> job.reject("no", NOW), (job) -> job.update(checked(null), true, NOW))) {
			Job archived = draft();
			archived.archive(NOW);
			illegal(archived, move);
		}
	}

	@Test
	void aPublishedJobEditedForAnUnverifiedCompanyGoesBackToReview() {
		Job job = published();
		job.update(checked(null), true, NOW);
		assertThat(job.status()).isEqualTo(JobStatus.PUBLISHED);
		job.update(checked(null), false, NOW);
		assertThat(job.status()).isEqualTo(JobStatus.PENDING_REVIEW);
	}

	@Test
	void aJobPastItsDatesIsNotOpenAndCannotBePublished() {
		Job job = new Job(checked(NOW.plusSeconds(60)), UUID.randomUUID(), NOW);
		job.publish(true, NOW);
		assertThat(job.isOpen(NOW.plusSeconds(59))).isTrue();
		assertThat(job.isOpen(NOW.plusSeconds(60))).isFalse();
		Job late = new Job(checked(NOW.plusSeconds(60)), UUID.randomUUID(), NOW);
		assertThatExceptionOfType(ApiProblem.class).isThrownBy(() -> late.publish(true, NOW.plusSeconds(61)))
			.satisfies((problem) -> assertThat(problem.code()).isEqualTo("validation_failed"));
	}

	private static void illegal(Job job, Consumer<Job> move) {
		JobStatus before = job.status();
		assertThatExceptionOfType(ApiProblem.class).isThrownBy(() -> move.accept(job))
			.satisfies((problem) -> assertThat(problem.code()).isEqualTo("invalid_transition"));
		assertThat(job.status()).isEqualTo(before);
	}

	private static Job draft() {
		return new Job(checked(null), UUID.randomUUID(), NOW);
	}

	private static Job pending() {
		Job job = draft();
		job.publish(false, NOW);
		return job;
	}

	private static Job published() {
		Job job = draft();
		job.publish(true, NOW);
		return job;
	}

	private static Job closed() {
		Job job = published();
		job.close(NOW);
		return job;
	}

	private static JobRules.Checked checked(Instant expiresAt) {
		JobDetails details = new JobDetails(UUID.randomUUID(), UUID.randomUUID(), "Nurse", "<p>Care</p>", null, null,
				null, null, RemoteOption.ON_SITE, JobType.FULL_TIME, ExperienceLevel.MID, null, null, null, null, null,
				List.of(), List.of(), null, List.of(), null, null, expiresAt, null);
		return new JobRules.Checked(details, "hospital", "public", List.of(), false);
	}

}
