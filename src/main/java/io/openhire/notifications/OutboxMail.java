package io.openhire.notifications;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.openhire.shared.AssignedIdEntity;
import io.openhire.shared.Ids;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A mail in the outbox, from the moment a transaction decided to send it.
 * <p>
 * Once stored, its delivery state ({@code status}, {@code attempts},
 * {@code next_attempt_at}, ...) changes only through the conditional updates of
 * {@link OutboxMails}, never by loading and saving the entity: several nodes may work on
 * the outbox, and a write must never undo another node's claim.
 */
@Entity
@Table(name = "outgoing_mails")
class OutboxMail extends AssignedIdEntity<UUID> {

	@Id
	private UUID id;

	private String recipient;

	private String subject;

	private String textBody;

	private @Nullable String htmlBody;

	private MailStatus status;

	private int attempts;

	private @Nullable Instant nextAttemptAt;

	private @Nullable String lastError;

	private Instant createdAt;

	private @Nullable Instant sentAt;

	@ElementCollection
	@CollectionTable(name = "outgoing_mail_attachments", joinColumns = @JoinColumn(name = "mail_id"))
	@OrderColumn(name = "list_index")
	private List<MailAttachment> attachments = new ArrayList<>();

	protected OutboxMail() {
		// for JPA
	}

	/**
	 * A new mail: {@code pending} and due at once when it can be delivered, else
	 * {@code held}.
	 */
	OutboxMail(OutgoingMail mail, boolean deliverable, Instant now) {
		this.id = Ids.newId();
		this.recipient = mail.to();
		this.subject = mail.subject();
		this.textBody = mail.text();
		this.htmlBody = mail.html();
		this.status = deliverable ? MailStatus.PENDING : MailStatus.HELD;
		this.nextAttemptAt = deliverable ? now : null;
		this.createdAt = now;
		mail.attachments().forEach((attachment) -> this.attachments.add(new MailAttachment(attachment)));
	}

	/** The mail as it was enqueued, attachments included (read them in a transaction). */
	OutgoingMail content() {
		return new OutgoingMail(recipient, subject, textBody, htmlBody,
				attachments.stream().map(MailAttachment::toAttachment).toList());
	}

	UUID id() {
		return id;
	}

	String recipient() {
		return recipient;
	}

	String subject() {
		return subject;
	}

	String textBody() {
		return textBody;
	}

	MailStatus status() {
		return status;
	}

	int attempts() {
		return attempts;
	}

	@Nullable Instant nextAttemptAt() {
		return nextAttemptAt;
	}

	@Nullable String lastError() {
		return lastError;
	}

	Instant createdAt() {
		return createdAt;
	}

	@Nullable Instant sentAt() {
		return sentAt;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

}
