package io.openhire.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The outbox delivers through a real SMTP server, retries when it is down, never twice.
 */
@SmtpTest
class MailDeliveryTests {

	private static final Duration DEADLINE = Duration.ofSeconds(10);

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutboxMails mails;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestClock clock;

	/** No test leaves a mail due later, where it would get in the way of the next. */
	@AfterEach
	void sendWhatIsLeft() {
		TestSmtpServer.up();
		clock.advance(Duration.ofHours(2));
		outbox.sendDue();
	}

	@Test
	void committedMailArrivesWithBothBodiesAndItsAttachments() {
		String to = recipient();
		byte[] invite = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".getBytes(StandardCharsets.UTF_8);
		OutgoingMail mail = new OutgoingMail(to, "Interview on Monday", "See you on Monday.",
				"<p>See you on <b>Monday</b>.</p>",
				List.of(new OutgoingMail.Attachment("invite.ics", "text/calendar", invite)));

		UUID id = transactions.execute((status) -> outbox.enqueue(mail));

		ReceivedMail received = ReceivedMail.of(await().atMost(DEADLINE)
			.until(() -> TestSmtpServer.receivedBy(to), (messages) -> !messages.isEmpty())
			.get(0));
		assertThat(received.subject()).isEqualTo("Interview on Monday");
		assertThat(received.from()).contains("no-reply@localhost");
		assertThat(received.text()).isEqualTo("See you on Monday.");
		assertThat(received.html()).isEqualTo("<p>See you on <b>Monday</b>.</p>");
		assertThat(received.attachments()).containsOnlyKeys("invite.ics");
		assertThat(received.attachments().get("invite.ics").contentType()).startsWith("text/calendar");
		assertThat(received.attachments().get("invite.ics").content()).isEqualTo(invite);
		OutboxMail stored = await().atMost(DEADLINE)
			.until(() -> mails.findById(id).orElseThrow(), (m) -> m.status() == MailStatus.SENT);
		assertThat(stored.attempts()).isOne();
		assertThat(stored.sentAt()).isNotNull();
	}

	@Test
	void rolledBackMailIsNeitherStoredNorSent() {
		String to = recipient();
		UUID id = transactions.execute((status) -> {
			UUID enqueued = outbox.enqueue(new OutgoingMail(to, "Never mind", "Text", null));
			status.setRollbackOnly();
			return enqueued;
		});
		assertThat(mails.findById(id)).isEmpty();
		assertThat(TestSmtpServer.receivedBy(to)).isEmpty();
	}

	@Test
	void failedAttemptIsRetriedWithBackoffAndTheMailSentOnce() {
		String to = recipient();
		OutboxMail failed = enqueueWhileSmtpIsDown(to);
		assertThat(failed.status()).isEqualTo(MailStatus.PENDING);
		assertThat(failed.lastError()).isNotBlank();
		assertThat(failed.nextAttemptAt()).isAfterOrEqualTo(failed.createdAt().plusSeconds(30));

		TestSmtpServer.up();
		outbox.sendDue();
		assertThat(mails.findById(failed.id()).orElseThrow().attempts()).as("not due yet").isOne();

		clock.advanceTo(failed.nextAttemptAt());
		outbox.sendDue();
		outbox.sendDue();

		OutboxMail sent = mails.findById(failed.id()).orElseThrow();
		assertThat(sent.status()).isEqualTo(MailStatus.SENT);
		assertThat(sent.attempts()).isEqualTo(2);
		assertThat(sent.sentAt()).isNotNull();
		assertThat(TestSmtpServer.receivedBy(to)).hasSize(1);
	}

	@Test
	void givesUpAfterTheLastAttempt() {
		OutboxMail mail = enqueueWhileSmtpIsDown(recipient());
		for (int attempt = 2; attempt <= 3; attempt++) {
			clock.advanceTo(mails.findById(mail.id()).orElseThrow().nextAttemptAt());
			outbox.sendDue();
			assertThat(mails.findById(mail.id()).orElseThrow().attempts()).isEqualTo(attempt);
		}
		OutboxMail failed = mails.findById(mail.id()).orElseThrow();
		assertThat(failed.status()).isEqualTo(MailStatus.FAILED);
		assertThat(failed.nextAttemptAt()).isNull();
		assertThat(failed.lastError()).isNotBlank();

		TestSmtpServer.up();
		clock.advance(Duration.ofDays(1));
		outbox.sendDue();
		assertThat(mails.findById(mail.id()).orElseThrow().status()).isEqualTo(MailStatus.FAILED);
		assertThat(TestSmtpServer.receivedBy(mail.recipient())).isEmpty();
	}

	@Test
	void retryRunPausesAfterThreeFailuresInARow() {
		List<OutboxMail> failed = IntStream.range(0, 4).mapToObj((i) -> enqueueWhileSmtpIsDown(recipient())).toList();
		clock.advanceTo(failed.get(3).nextAttemptAt());

		outbox.sendDue();

		assertThat(failed).extracting((mail) -> mails.findById(mail.id()).orElseThrow().attempts())
			.containsExactly(2, 2, 2, 1);
	}

	@Test
	void mailThatCannotBeComposedFailsWithoutRetries() {
		UUID id = transactions.execute((status) -> outbox
			.enqueue(new OutgoingMail("ann@example.com, bob@example.com", "Two at once", "Text", null)));

		OutboxMail failed = await().atMost(DEADLINE)
			.until(() -> mails.findById(id).orElseThrow(), (mail) -> mail.status() == MailStatus.FAILED);
		assertThat(failed.attempts()).isOne();
		assertThat(failed.lastError()).isNotBlank();
		assertThat(failed.nextAttemptAt()).isNull();
	}

	@Test
	void nodesRetryingAtTheSameTimeSendAMailOnce() throws Exception {
		OutboxMail mail = enqueueWhileSmtpIsDown(recipient());
		TestSmtpServer.up();
		clock.advanceTo(mail.nextAttemptAt());

		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService nodes = Executors.newFixedThreadPool(4)) {
			List<CompletableFuture<Integer>> runs = IntStream.range(0, 4)
				.mapToObj((node) -> CompletableFuture.supplyAsync(() -> {
					awaitStart(start);
					return outbox.sendDue();
				}, nodes))
				.toList();
			start.countDown();
			CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();
		}

		assertThat(TestSmtpServer.receivedBy(mail.recipient())).hasSize(1);
		OutboxMail sent = mails.findById(mail.id()).orElseThrow();
		assertThat(sent.status()).isEqualTo(MailStatus.SENT);
		assertThat(sent.attempts()).isEqualTo(2);
	}

	/** A committed mail whose first attempt, right after the commit, found no server. */
	private OutboxMail enqueueWhileSmtpIsDown(String to) {
		TestSmtpServer.down();
		UUID id = transactions
			.execute((status) -> outbox.enqueue(new OutgoingMail(to, "Hello", "Text", "<p>Html</p>")));
		return await().atMost(DEADLINE)
			.until(() -> mails.findById(id).orElseThrow(), (mail) -> mail.lastError() != null);
	}

	private static String recipient() {
		return "user-" + UUID.randomUUID() + "@example.com";
	}

	private static void awaitStart(CountDownLatch start) {
		try {
			start.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
