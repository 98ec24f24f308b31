package io.openhire.notifications;

import java.time.Duration;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The SMTP server of {@code spring.mail.*} as the outbox uses it: turns an
 * {@link OutgoingMail} into a MIME message (text and HTML alternatives, attachments) and
 * sends it.
 * <p>
 * Jakarta Mail waits forever by default; an attempt must end well within the outbox's
 * claim timeout, so connect, read and write timeouts are set unless
 * {@code spring.mail.properties.mail.smtp.*timeout} configures them.
 */
class SmtpServer {

	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

	static final Duration IO_TIMEOUT = Duration.ofSeconds(30);

	private final JavaMailSender sender;

	private final String from;

	SmtpServer(JavaMailSender sender, String from) {
		this.sender = sender;
		this.from = from;
		if (sender instanceof JavaMailSenderImpl impl) {
			impl.setJavaMailProperties(withTimeouts(impl.getJavaMailProperties()));
		}
	}

	/**
	 * Sends {@code mail}.
	 * @throws org.springframework.mail.MailParseException if the mail cannot be composed
	 * (an address that does not parse): trying again will not help
	 * @throws MailException if the server cannot be reached or refuses the mail
	 */
	void send(OutgoingMail mail) {
		sender.send((message) -> compose(message, mail));
	}

	private void compose(MimeMessage message, OutgoingMail mail) throws MessagingException {
		MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
		helper.setFrom(from);
		helper.setTo(mail.to());
		helper.setSubject(mail.subject());
		if (mail.html() != null) {
			helper.setText(mail.text(), mail.html());
		}
		else {
			helper.setText(mail.text());
		}
		for (OutgoingMail.Attachment attachment : mail.attachments()) {
			helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
					attachment.contentType());
		}
	}

	private static Properties withTimeouts(Properties properties) {
		for (String protocol : new String[] { "smtp", "smtps" }) {
			String prefix = "mail." + protocol + ".";
			properties.putIfAbsent(prefix + "connectiontimeout", String.valueOf(CONNECT_TIMEOUT.toMillis()));
			properties.putIfAbsent(prefix + "timeout", String.valueOf(IO_TIMEOUT.toMillis()));
			properties.putIfAbsent(prefix + "writetimeout", String.valueOf(IO_TIMEOUT.toMillis()));
		}
		return properties;
	}

}
