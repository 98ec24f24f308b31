package io.openhire.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.openhire.identity.EmailVerificationRequested;
import io.openhire.identity.MagicLinkRequested;
import io.openhire.identity.PasswordResetRequested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The identity module's events become mails that carry their token, link and expiry. */
@SmtpTest
class AccountMailsTests {

	private static final Instant EXPIRES_AT = Instant.parse("2026-11-21T11:00:00Z");

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Value("${openhire.links.base-url}")
	String baseUrl;

	@Test
	void passwordResetMailCarriesTheTokenTheLinkAndTheExpiry() {
		String to = recipient();
		String token = "reset-" + UUID.randomUUID();

		publish(new PasswordResetRequested(UUID.randomUUID(), to, "Ann", token, EXPIRES_AT));

		ReceivedMail mail = awaitMail(to);
		String link = baseUrl + "/reset-password?token=" + token;
		assertThat(mail.subject()).isEqualTo("Reset your Openhire password");
		assertThat(mail.text()).startsWith("Hello Ann,")
			.contains(link)
			.contains("reset code: " + token)
			.contains("expire on 21 November 2026 at 11:00 UTC");
		assertThat(mail.html()).contains("href=\"" + link + "\"")
			.contains(token)
			.contains("21 November 2026 at 11:00 UTC");
	}

	@Test
	void verificationMailLinksToTheVerificationPage() {
		String to = recipient();
		publish(new EmailVerificationRequested(UUID.randomUUID(), to, "Ann", "verify-1", EXPIRES_AT));

		ReceivedMail mail = awaitMail(to);
		assertThat(mail.subject()).isEqualTo("Confirm your email address for Openhire");
		assertThat(mail.text()).contains(baseUrl + "/verify-email?token=verify-1");
		assertThat(mail.html()).contains("href=\"" + baseUrl + "/verify-email?token=verify-1\"");
	}

	@Test
	void magicLinkMailLinksToTheSignInPage() {
		String to = recipient();
		publish(new MagicLinkRequested(UUID.randomUUID(), to, "Ann", "magic+1/2=", EXPIRES_AT));

		ReceivedMail mail = awaitMail(to);
		assertThat(mail.subject()).isEqualTo("Your Openhire sign-in link");
		assertThat(mail.text()).contains(baseUrl + "/magic-link?token=magic%2B1%2F2%3D")
			.contains("sign-in code: magic+1/2=");
	}

	@Test
	void namesAreEscapedInTheHtmlBodyOnly() {
		String to = recipient();
		publish(new PasswordResetRequested(UUID.randomUUID(), to, "<b>Ann</b> & Co", "t-1", EXPIRES_AT));

		ReceivedMail mail = awaitMail(to);
		assertThat(mail.text()).startsWith("Hello <b>Ann</b> & Co,");
		assertThat(mail.html()).contains("Hello &lt;b&gt;Ann&lt;/b&gt; &amp; Co,").doesNotContain("<b>Ann</b>");
	}

	@Test
	void userWithoutFirstNameIsGreetedPlainly() {
		String to = recipient();
		publish(new MagicLinkRequested(UUID.randomUUID(), to, "", "t-2", EXPIRES_AT));

		assertThat(awaitMail(to).text()).startsWith("Hello,\n");
	}

	/** Publishes as the identity module does: inside a transaction that commits. */
	private void publish(Object event) {
		transactions.executeWithoutResult((status) -> events.publishEvent(event));
	}

	private static ReceivedMail awaitMail(String to) {
		return ReceivedMail.of(await().atMost(Duration.ofSeconds(10))
			.until(() -> TestSmtpServer.receivedBy(to), (messages) -> !messages.isEmpty())
			.get(0));
	}

	private static String recipient() {
		return "user-" + UUID.randomUUID() + "@example.com";
	}

}
