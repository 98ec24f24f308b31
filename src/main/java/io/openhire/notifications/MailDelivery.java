package io.openhire.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the mails of the outbox through the SMTP server of {@code spring.mail.*}, if one
 * is configured.
 * <p>
 * Each attempt is claimed first (see {@link OutboxMails}), in a short transaction of its
 * own; the SMTP conversation happens outside any transaction, and its outcome is recorded
 * in another. A few virtual threads send mails right after the transaction that stored
 * them commits; whatever they could not send, the recurring retry sends when it is due.
 */
@Component
class MailDelivery implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

	/** SMTP connections one node opens at most for mails sent right after commit. */
	private static final int CONCURRENT_SENDS = 4;

	/** Due mails one retry run reads at a time. */
	private static final int BATCH = 100;

	/** Batches one retry run sends at most; the next run continues. */
	private static final int MAX_BATCHES = 10;

	/**
	 * Failed attempts in a row after which a retry run stops: the server is probably
	 * down, and each further attempt would only count against its mail.
	 */
	private static final int FAILURES_BEFORE_PAUSE = 3;

	private final @Nullable SmtpServer smtp;

	private final OutboxMails mails;

	private final TransactionOperations transactions;

	private final MailSettings settings;

	private final Clock clock;

	private final ExecutorService afterCommit = Executors.newFixedThreadPool(CONCURRENT_SENDS,
			Thread.ofVirtual().name("mail-send-", 0).factory());

	MailDelivery(ObjectProvider<JavaMailSender> sender, OutboxMails mails, TransactionOperations transactions,
			MailSettings settings, Clock clock) {
		JavaMailSender configured = sender.getIfAvailable();
		this.smtp = (configured != null) ? new SmtpServer(configured, settings.from()) : null;
		this.mails = mails;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether an SMTP server is configured; without one, mails are held. */
	boolean isConfigured() {
		return smtp != null;
	}

	/**
	 * Sends the mail soon after the current transaction commits; nothing if it rolls
	 * back.
	 */
	void sendAfterCommit(UUID id) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				try {
					MailDelivery.this.afterCommit.execute(() -> sendQuietly(id));
				}
				catch (RejectedExecutionException ex) {
					log.info("Mail {} is left to the retry: the application is stopping", id);
				}
			}
		});
	}

	/**
	 * Sends every pending mail whose next attempt is due.
	 * @return how many mails were sent
	 */
	int sendDue() {
		if (smtp == null) {
			return 0;
		}
		int sent = 0;
		int failuresInARow = 0;
		for (int batch = 0; batch < MAX_BATCHES; batch++) {
			Instant now = clock.instant();
			List<UUID> due = transactions.execute((status) -> mails.findDue(now, PageRequest.of(0, BATCH)));
			for (UUID id : (due != null) ? due : List.<UUID>of()) {
				switch (send(id)) {
					case SENT -> {
						sent++;
						failuresInARow = 0;
					}
					case FAILED -> failuresInARow++;
					case UNSENDABLE, NOT_CLAIMED -> {
					}
				}
				if (failuresInARow == FAILURES_BEFORE_PAUSE) {
					log.warn("Mail delivery paused until the next run: {} attempts failed in a row", failuresInARow);
					return sent;
				}
			}
			if (due == null || due.size() < BATCH) {
				break;
			}
		}
		return sent;
	}

	/** One attempt at sending one mail, if it is due and no other node claimed it. */
	Attempt send(UUID id) {
		SmtpServer server = smtp;
		Claim claim = (server != null) ? transactions.execute((status) -> claim(id)) : null;
		if (server == null || claim == null) {
			return Attempt.NOT_CLAIMED;
		}
		try {
			server.send(claim.mail());
		}
		catch (MailException ex) {
			boolean unsendable = ex instanceof MailParseException || ex instanceof MailPreparationException;
			recordFailure(claim, ex, unsendable);
			return unsendable ? Attempt.UNSENDABLE : Attempt.FAILED;
		}
		Instant now = clock.instant();
		Integer recorded = transactions.execute((status) -> mails.markSent(id, claim.attempt(), now));
		if (recorded == null || recorded == 0) {
			log.warn("Mail {} was sent after its claim ran out; another node may send it again", id);
		}
		return Attempt.SENT;
	}

	private @Nullable Claim claim(UUID id) {
		Instant now = clock.instant();
		if (mails.claim(id, now, now.plus(settings.claimTimeout())) == 0) {
			return null;
		}
		return mails.findById(id).map((mail) -> new Claim(id, mail.attempts(), mail.content())).orElse(null);
	}

	private void recordFailure(Claim claim, MailException ex, boolean unsendable) {
		String error = describe(ex);
		Instant now = clock.instant();
		Optional<Instant> next = unsendable ? Optional.empty() : settings.nextAttempt(claim.attempt(), now);
		transactions.executeWithoutResult(
				(status) -> next.ifPresentOrElse((at) -> mails.retryLater(claim.id(), claim.attempt(), at, error),
						() -> mails.markFailed(claim.id(), claim.attempt(), error)));
		if (next.isPresent()) {
			log.warn("Mail {} not sent (attempt {}), next attempt at {}: {}", claim.id(), claim.attempt(), next.get(),
					error);
		}
		else {
			log.error("Mail {} failed for good after attempt {}: {}", claim.id(), claim.attempt(), error);
		}
	}

	private void sendQuietly(UUID id) {
		try {
			send(id);
		}
		catch (RuntimeException ex) {
			log.warn("Mail {} could not be sent right after commit; the retry will: {}", id, ex.toString());
		}
	}

	private static String describe(Exception ex) {
		String message = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
		return (message.length() > 1000) ? message.substring(0, 1000) : message;
	}

	@Override
	public void destroy() throws InterruptedException {
		afterCommit.shutdown();
		if (!afterCommit.awaitTermination(10, TimeUnit.SECONDS)) {
			afterCommit.shutdownNow();
		}
	}

	/** What came of one call to {@link #send}. */
	enum Attempt {

		SENT,
		/** The server could not be reached or refused the mail. */
		FAILED,
		/** The mail cannot be composed: it failed for good. */
		UNSENDABLE,
		/** Not due, or another node claimed it. */
		NOT_CLAIMED

	}

	/** This node's claim on one attempt at sending a mail. */
	private record Claim(UUID id, int attempt, OutgoingMail mail) {
	}

}
