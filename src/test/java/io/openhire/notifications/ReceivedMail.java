package io.openhire.notifications;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;

/** What a recipient sees of a received message: subject, the two bodies, the files. */
record ReceivedMail(String subject, String from, @Nullable String text, @Nullable String html,
		Map<String, Attachment> attachments) {

	record Attachment(String contentType, byte[] content) {
	}

	static ReceivedMail of(MimeMessage message) {
		try {
			Parts parts = new Parts();
			parts.read(message);
			return new ReceivedMail(message.getSubject(), message.getFrom()[0].toString(), parts.text, parts.html,
					parts.attachments);
		}
		catch (MessagingException | IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static final class Parts {

		@Nullable String text;

		@Nullable String html;

		final Map<String, Attachment> attachments = new LinkedHashMap<>();

		void read(Part part) throws MessagingException, IOException {
			if (part.isMimeType("multipart/*")) {
				Multipart multipart = (Multipart) part.getContent();
				for (int i = 0; i < multipart.getCount(); i++) {
					BodyPart child = multipart.getBodyPart(i);
					read(child);
				}
			}
			else if (part.getFileName() != null) {
				attachments.put(part.getFileName(),
						new Attachment(part.getContentType(), part.getInputStream().readAllBytes()));
			}
			else if (part.isMimeType("text/plain")) {
				text = normalized((String) part.getContent());
			}
			else if (part.isMimeType("text/html")) {
				html = normalized((String) part.getContent());
			}
		}

		private static String normalized(String body) {
			return body.replace("\r\n", "\n");
		}

	}

}
