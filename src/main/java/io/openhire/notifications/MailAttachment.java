package io.openhire.notifications;

import jakarta.persistence.Embeddable;

/** A file stored with an {@link OutboxMail}. */
@Embeddable
class MailAttachment {

	private String filename;

	private String contentType;

	private byte[] content;

	protected MailAttachment() {
		// for JPA
	}

	MailAttachment(OutgoingMail.Attachment attachment) {
		this.filename = attachment.filename();
		this.contentType = attachment.contentType();
		this.content = attachment.content().clone();
	}

	OutgoingMail.Attachment toAttachment() {
		return new OutgoingMail.Attachment(filename, contentType, content.clone());
	}

}
