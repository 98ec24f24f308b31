package io.openhire.notifications;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.openhire.applications.ApplicationStatusChanged;
import io.openhire.applications.ApplicationSubmitted;
import io.openhire.applications.InterviewCancelled;
import io.openhire.applications.InterviewScheduled;
import io.openhire.applications.PlacementCompleted;
import io.openhire.identity.AccountSummary;
import io.openhire.identity.UserAccounts;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every change of an application is told to the other side by mail: a new application and
 * the candidate's moves (withdrawn, offer accepted) to the employer who posted the job;
 * the company's moves to the candidate; interviews to the candidate with a calendar
 * invite ({@code invite.ics}), updated (same UID, higher SEQUENCE) and cancelled
 * ({@code METHOD:CANCEL}) as the interview changes; a completed placement to the
 * candidate.
 * <p>
 * The listeners run in the publisher's transaction, so the mail is in the outbox if and
 * only if the change commits, and the outbox is the only queue: an asynchronous module
 * listener would keep an event publication and run a second transaction per change, for
 * nothing the outbox does not already guarantee (an application takes one commit, not
 * two). An exception here rolls the change back, like any other failure of its
 * transaction.
 */
@Component
class ApplicationMails {

	private static final DateTimeFormatter WHEN = DateTimeFormatter
		.ofPattern("EEEE d MMMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private final UserAccounts accounts;

	private final MailOutbox outbox;

	private final MailTemplates templates;

	private final String organizer;

	private final Clock clock;

	ApplicationMails(UserAccounts accounts, MailOutbox outbox, MailTemplates templates, MailSettings settings,
			Clock clock) {
		this.accounts = accounts;
		this.outbox = outbox;
		this.templates = templates;
		this.organizer = address(settings.from());
		this.clock = clock;
	}

	@EventListener
	void on(ApplicationSubmitted event) {
		String candidate = event.candidateName().isBlank() ? "a candidate" : event.candidateName();
		send(event.jobPostedBy(), "New application: " + event.jobTitle(),
				"A candidate, " + candidate + ", applied to your job \"" + event.jobTitle() + "\".", "");
	}

	@EventListener
	void on(ApplicationStatusChanged event) {
		String reason = (event.reason() != null) ? "Reason: " + event.reason() + "\n" : "";
		if (event.byCandidate()) {
			String move = "hired".equals(event.toStatus()) ? "accepted your offer for"
					: "withdrew their application to";
			String candidate = accounts.find(event.candidateId()).map(AccountSummary::fullName).orElse("a candidate");
			send(event.jobPostedBy(), "Application " + event.toStatus() + ": " + event.jobTitle(),
					candidate + " " + move + " \"" + event.jobTitle() + "\".", reason);
		}
		else {
			send(event.candidateId(), "Your application for " + event.jobTitle() + " is " + label(event.toStatus()),
					"Your application for \"" + event.jobTitle() + "\" moved from " + label(event.fromStatus()) + " to "
							+ label(event.toStatus()) + ".",
					reason);
		}
	}

	@EventListener
	void on(InterviewScheduled event) {
		String again = (event.sequence() > 0) ? "Your interview has been rescheduled"
				: "You are invited to an interview";
		String place = (event.location() != null) ? "Where: " + event.location() + "\n" : "";
		String link = (event.meetingUrl() != null) ? "Join: " + event.meetingUrl() + "\n" : "";
		String with = (event.interviewerName() != null) ? "With: " + event.interviewerName() + "\n" : "";
		String detail = "When: " + WHEN.format(event.scheduledAt()) + " (" + event.durationMinutes() + " minutes)\n"
				+ "Kind: " + label(event.type()) + "\n" + place + link + with;
		invite(event, detail, again + " for \"" + event.jobTitle() + "\".");
	}

	@EventListener
	void on(InterviewCancelled event) {
		accounts.find(event.candidateId()).filter(AccountSummary::active).ifPresent((account) -> {
			CalendarInvite invite = new CalendarInvite(event.interviewId(), event.sequence(), true, event.scheduledAt(),
					event.durationMinutes(), "Interview: " + event.jobTitle(),
					"Cancelled: your interview for " + event.jobTitle() + ".", null, null, organizer,
					account.fullName(), account.email(), clock.instant());
			mail(account, "Interview cancelled: " + event.jobTitle(), "Your interview for \"" + event.jobTitle()
					+ "\" on " + WHEN.format(event.scheduledAt()) + " has been cancelled.", "",
					List.of(attachment(invite)));
		});
	}

	@EventListener
	void on(PlacementCompleted event) {
		send(event.candidateId(), "Your placement is complete", "Your placement ended on " + event.completionDate()
				+ ". The company rated it " + event.rating() + " out of 5.",
				(event.feedback() != null) ? "Their feedback: " + event.feedback() + "\n" : "");
	}

	private void invite(InterviewScheduled event, String detail, String message) {
		int sequence = event.sequence();
		accounts.find(event.candidateId()).filter(AccountSummary::active).ifPresent((account) -> {
			CalendarInvite invite = new CalendarInvite(event.interviewId(), sequence, false, event.scheduledAt(),
					event.durationMinutes(), "Interview: " + event.jobTitle(), message + "\n" + detail,
					event.location(), event.meetingUrl(), organizer, account.fullName(), account.email(),
					clock.instant());
			String subject = ((sequence > 0) ? "Interview rescheduled: " : "Interview invitation: ") + event.jobTitle();
			mail(account, subject, message, detail, List.of(attachment(invite)));
		});
	}

	/** Mails the account {@code to}, if it is active. */
	private void send(UUID to, String subject, String message, String detail) {
		accounts.find(to)
			.filter(AccountSummary::active)
			.ifPresent((account) -> mail(account, subject, message, detail, List.of()));
	}

	private void mail(AccountSummary account, String subject, String message, String detail,
			List<OutgoingMail.Attachment> attachments) {
		String greeting = account.firstName().isBlank() ? "Hello," : "Hello " + account.firstName().strip() + ",";
		MailTemplates.Bodies bodies = templates.render("application-news",
				Map.of("greeting", greeting, "message", message, "detail", detail));
		outbox.enqueue(new OutgoingMail(account.email(), oneLine(subject), bodies.text(), bodies.html(), attachments));
	}

	private static OutgoingMail.Attachment attachment(CalendarInvite invite) {
		return new OutgoingMail.Attachment("invite.ics", invite.contentType(), invite.bytes());
	}

	private static String label(String value) {
		return value.replace('_', ' ');
	}

	private static String oneLine(String text) {
		return text.replaceAll("[\\r\\n]+", " ");
	}

	/** {@code Openhire <no-reply@host>} → {@code no-reply@host}. */
	static String address(String from) {
		int open = from.indexOf('<');
		int close = from.indexOf('>', open + 1);
		return (open >= 0 && close > open) ? from.substring(open + 1, close).strip() : from.strip();
	}

}
