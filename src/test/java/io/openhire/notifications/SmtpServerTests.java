package io.openhire.notifications;

import org.junit.jupiter.api.Test;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpServerTests {

	@Test
	void attemptsCannotHangForever() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();

		new SmtpServer(sender, "a@b.io");

		assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.connectiontimeout", "10000")
			.containsEntry("mail.smtp.timeout", "30000")
			.containsEntry("mail.smtp.writetimeout", "30000")
			.containsEntry("mail.smtps.timeout", "30000");
	}

	@Test
	void configuredTimeoutsAreKept() {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.getJavaMailProperties().setProperty("mail.smtp.timeout", "5000");

		new SmtpServer(sender, "a@b.io");

		assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.timeout", "5000");
	}

}
