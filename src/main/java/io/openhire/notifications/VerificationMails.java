package io.openhire.notifications;

import java.util.Map;
import java.util.UUID;

import io.openhire.identity.AccountSummary;
import io.openhire.identity.UserAccounts;
import io.openhire.verification.SubjectType;
import io.openhire.verification.VerificationApproved;
import io.openhire.verification.VerificationRejected;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells whoever asked for a verification what the admin decided. */
@Component
class VerificationMails {

	private final UserAccounts accounts;

	private final MailOutbox outbox;

	private final MailTemplates templates;

	VerificationMails(UserAccounts accounts, MailOutbox outbox, MailTemplates templates) {
		this.accounts = accounts;
		this.outbox = outbox;
		this.templates = templates;
	}

	@ApplicationModuleListener
	void on(VerificationApproved event) {
		send(event.requestedBy(), "Verified on Openhire",
				"Good news: " + subject(event.subjectType()) + " is now verified on Openhire.", "");
	}

	@ApplicationModuleListener
	void on(VerificationRejected event) {
		send(event.requestedBy(), "Your Openhire verification request",
				"We could not verify " + subject(event.subjectType()) + ". You may send a new request.",
				"The reviewer wrote: " + event.reason() + "\n");
	}

	private void send(UUID userId, String subject, String outcome, String reason) {
		accounts.find(userId).filter(AccountSummary::active).ifPresent((account) -> {
			String greeting = account.firstName().isBlank() ? "Hello," : "Hello " + account.firstName().strip() + ",";
			MailTemplates.Bodies bodies = templates.render("verification-decided",
					Map.of("greeting", greeting, "outcome", outcome, "reason", reason));
			outbox.enqueue(new OutgoingMail(account.email(), subject, bodies.text(), bodies.html()));
		});
	}

	private static String subject(SubjectType type) {
		return (type == SubjectType.CANDIDATE) ? "your profile" : "your company";
	}

}
