package io.openhire.notifications;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import io.openhire.identity.EmailVerificationRequested;
import io.openhire.identity.MagicLinkRequested;
import io.openhire.identity.PasswordResetRequested;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mails the identity module asks for: each carries a single-use token, both as a link
 * to the front end ({@code openhire.links.base-url}) and as text, and says when it
 * expires.
 */
@Component
class AccountMails {

	private static final DateTimeFormatter EXPIRY = DateTimeFormatter
		.ofPattern("d MMMM yyyy 'at' HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private final MailOutbox outbox;

	private final MailTemplates templates;

	private final String baseUrl;

	AccountMails(MailOutbox outbox, MailTemplates templates, @Value("${openhire.links.base-url}") String baseUrl) {
		this.outbox = outbox;
		this.templates = templates;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@ApplicationModuleListener
	void on(EmailVerificationRequested event) {
		send(event.email(), "Confirm your email address for Openhire", "email-verification", event.firstName(),
				"/verify-email", event.token(), event.expiresAt());
	}

	@ApplicationModuleListener
	void on(PasswordResetRequested event) {
		send(event.email(), "Reset your Openhire password", "password-reset", event.firstName(), "/reset-password",
				event.token(), event.expiresAt());
	}

	@ApplicationModuleListener
	void on(MagicLinkRequested event) {
		send(event.email(), "Your Openhire sign-in link", "magic-link", event.firstName(), "/magic-link", event.token(),
				event.expiresAt());
	}

	private void send(String to, String subject, String template, String firstName, String path, String token,
			Instant expiresAt) {
		String link = baseUrl + path + "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
		MailTemplates.Bodies bodies = templates.render(template,
				Map.of("greeting", firstName.isBlank() ? "Hello," : "Hello " + firstName.strip() + ",", "link", link,
						"token", token, "expires_at", EXPIRY.format(expiresAt)));
		outbox.enqueue(new OutgoingMail(to, subject, bodies.text(), bodies.html()));
	}

}
