package io.openhire.notifications;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A mail to send through the {@link MailOutbox}.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the plain-text body, which every mail has (clients without HTML, tests and
 * admins read it)
 * @param html the HTML body, if the mail has one
 * @param attachments files sent with the mail, in this order
 */
public record OutgoingMail(String to, String subject, String text, @Nullable String html,
		List<Attachment> attachments) {

	public OutgoingMail {
		Assert.hasText(to, "A mail needs a recipient");
		Assert.hasText(subject, "A mail needs a subject");
		// header values from user input must never start a new header
		Assert.isTrue(isOneLine(to) && isOneLine(subject), "Recipient and subject must be single lines");
		attachments = List.copyOf(attachments);
	}

	public OutgoingMail(String to, String subject, String text, @Nullable String html) {
		this(to, subject, text, html, List.of());
	}

	private static boolean isOneLine(String value) {
		return value.indexOf('\r') < 0 && value.indexOf('\n') < 0;
	}

	/**
	 * A file sent with a mail.
	 *
	 * @param filename the name the recipient sees, such as {@code invite.ics}
	 * @param contentType the media type, such as {@code text/calendar; method=REQUEST}
	 * @param content the bytes of the file
	 */
	public record Attachment(String filename, String contentType, byte[] content) {

		public Attachment {
			Assert.hasText(filename, "An attachment needs a file name");
			Assert.hasText(contentType, "An attachment needs a content type");
		}

	}

}
