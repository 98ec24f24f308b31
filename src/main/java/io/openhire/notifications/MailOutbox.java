package io.openhire.notifications;

import java.time.Clock;
import java.util.UUID;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where every module sends email from: {@link #enqueue} stores a mail in the caller's
 * transaction, so the mail goes out if and only if that transaction commits, and delivery
 * survives SMTP outages and restarts.
 * <p>
 * With an SMTP server ({@code spring.mail.host}), a stored mail is sent right after the
 * commit; failed attempts are retried with exponential backoff by {@link #sendDue}, which
 * JobRunr runs on one node at a time. Without one, mails are {@code held}: logged
 * (recipient and subject only) and readable by admins at
 * {@code GET /api/v1/admin/outbox}.
 */
@Service
public class MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

	private final OutboxMails mails;

	private final MailDelivery delivery;

	private final Clock clock;

	MailOutbox(OutboxMails mails, MailDelivery delivery, Clock clock) {
		this.mails = mails;
		this.delivery = delivery;
		this.clock = clock;
	}

	/**
	 * Stores {@code mail} for delivery once the current transaction commits (in a
	 * transaction of its own if there is none).
	 * @return the id of the mail in the outbox
	 */
	@Transactional
	public UUID enqueue(OutgoingMail mail) {
		boolean deliverable = delivery.isConfigured();
		OutboxMail stored = mails.save(new OutboxMail(mail, deliverable, clock.instant()));
		if (deliverable) {
			delivery.sendAfterCommit(stored.id());
		}
		else {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					// never the body: it may carry a single-use token
					log.info("Mail held (no SMTP server configured): to {}, subject \"{}\", id {}", mail.to(),
							mail.subject(), stored.id());
				}
			});
		}
		return stored.id();
	}

	/**
	 * Sends the pending mails whose next attempt is due: those whose last attempt failed,
	 * and any that the node which stored them could not send right away (it stopped, or
	 * its attempt failed). Public because JobRunr calls it by reflection, every
	 * {@code openhire.mail.retry-interval} (ISO-8601, default 15 s); a run that fails is
	 * not retried by JobRunr, the next run is.
	 * @return how many mails were sent
	 */
	@Recurring(id = "mail-outbox-send-due", interval = "${openhire.mail.retry-interval:PT15S}")
	@Job(name = "Send due mails of the outbox", retries = 0)
	public int sendDue() {
		return delivery.sendDue();
	}

}
