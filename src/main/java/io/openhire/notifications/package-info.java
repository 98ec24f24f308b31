/**
 * In-app notifications, the email outbox, real-time push and notification preferences.
 * <p>
 * <b>Email outbox.</b> Every mail of the product goes through
 * {@link io.openhire.notifications.MailOutbox}: {@code enqueue} stores it (text body,
 * optional HTML body, attachments) in the caller's transaction, so a mail exists if and
 * only if what caused it committed.
 * <ul>
 * <li><b>Delivery.</b> With an SMTP server ({@code spring.mail.host}), a few virtual
 * threads send a stored mail right after the commit. Each attempt is first claimed with a
 * conditional {@code UPDATE} that counts the attempt and pushes the next one out by
 * {@code openhire.mail.claim-timeout}; only the node whose update changed the row sends,
 * and it records the outcome only while its claim stands. Several nodes can therefore
 * share one outbox without sending a mail twice (a node that dies after the SMTP server
 * accepted a mail but before recording it makes the mail go out again once its claim
 * times out: delivery is at least once).</li>
 * <li><b>Retry.</b> A failed attempt leaves the mail {@code pending} with its error and a
 * next attempt after {@code openhire.mail.first-retry-delay} (30 s), doubling up to
 * {@code max-retry-delay} (1 h). {@code MailOutbox.sendDue}, a JobRunr recurring job
 * ({@code openhire.mail.retry-interval}, PT15S), sends what is due, and stops after three
 * failures in a row (the server is probably down) to leave the rest to its next run;
 * after {@code max-attempts} (10), or at once for a mail that cannot be composed, the
 * mail is {@code failed}.</li>
 * <li><b>Held mode.</b> Without an SMTP server mails are stored as {@code held}, logged
 * with recipient and subject (never the body, which may carry a single-use token), never
 * sent, and readable by admins at {@code GET /api/v1/admin/outbox}.</li>
 * </ul>
 * The identity module's {@code EmailVerificationRequested},
 * {@code PasswordResetRequested} and {@code MagicLinkRequested} become mails from the
 * templates in {@code classpath:mail/}, with links under {@code openhire.links.base-url}.
 * The applications module's events become mails to the other side of each change, and
 * interviews carry an iCalendar invite ({@code ApplicationMails}, {@code CalendarInvite};
 * see {@code docs/applications.md}).
 */
@ApplicationModule(displayName = "Notifications",
		allowedDependencies = { "shared", "identity", "verification", "jobs", "applications", "messaging", "alerts",
				"reviews" })
@NullMarked
package io.openhire.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
