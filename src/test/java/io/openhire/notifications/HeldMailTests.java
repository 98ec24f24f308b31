package io.openhire.notifications;

import java.util.UUID;

import io.openhire.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;

/** Without an SMTP server mails are kept, logged without their body, and never sent. */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class HeldMailTests {

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutboxMails mails;

	@Autowired
	ObjectProvider<JavaMailSender> smtp;

	@Test
	void mailIsHeldAndLoggedWithoutItsBody(CapturedOutput output) {
		assertThat(smtp.getIfAvailable()).as("the embedded default has no SMTP server").isNull();
		String to = "user-" + UUID.randomUUID() + "@example.com";

		UUID id = outbox.enqueue(new OutgoingMail(to, "Your sign-in code", "Code 918273", "<p>Code 918273</p>"));

		OutboxMail held = mails.findById(id).orElseThrow();
		assertThat(held.status()).isEqualTo(MailStatus.HELD);
		assertThat(held.attempts()).isZero();
		assertThat(held.nextAttemptAt()).isNull();
		assertThat(output).contains("Mail held", to, "Your sign-in code").doesNotContain("918273");
	}

	@Test
	void heldMailIsNeverSent() {
		UUID id = outbox.enqueue(new OutgoingMail("user-" + UUID.randomUUID() + "@example.com", "Hi", "Text", null));

		assertThat(outbox.sendDue()).isZero();

		OutboxMail held = mails.findById(id).orElseThrow();
		assertThat(held.status()).isEqualTo(MailStatus.HELD);
		assertThat(held.sentAt()).isNull();
	}

}
