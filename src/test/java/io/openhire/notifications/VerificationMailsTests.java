package io.openhire.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.openhire.TestUsers;
import io.openhire.identity.UserAccounts;
import io.openhire.verification.SubjectType;
import io.openhire.verification.VerificationApproved;
import io.openhire.verification.VerificationRejected;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Whoever asked for a verification hears the admin's decision by mail. */
@SmtpTest
class VerificationMailsTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserAccounts accounts;

	@Test
	void rejectionCarriesTheReason() {
		String email = TestUsers.uniqueEmail("requester");
		UUID requester = accounts.createAdmin(email, TestUsers.PASSWORD);
		publish(new VerificationRejected(UUID.randomUUID(), SubjectType.COMPANY, UUID.randomUUID(), requester,
				"The <KvK> extract is too old.", Instant.now()));
		ReceivedMail mail = awaitMail(email);
		assertThat(mail.subject()).isEqualTo("Your Openhire verification request");
		assertThat(mail.text()).contains("could not verify your company").contains("The <KvK> extract is too old.");
		assertThat(mail.html()).contains("The &lt;KvK&gt; extract is too old.");
	}

	@Test
	void approvalSaysVerified() {
		String email = TestUsers.uniqueEmail("requester");
		UUID requester = accounts.createAdmin(email, TestUsers.PASSWORD);
		publish(new VerificationApproved(UUID.randomUUID(), SubjectType.CANDIDATE, UUID.randomUUID(), requester,
				Instant.now()));
		assertThat(awaitMail(email).text()).contains("your profile is now verified");
	}

	private void publish(Object event) {
		transactions.executeWithoutResult((status) -> events.publishEvent(event));
	}

	private static ReceivedMail awaitMail(String to) {
		return ReceivedMail.of(await().atMost(Duration.ofSeconds(10))
			.until(() -> TestSmtpServer.receivedBy(to), (received) -> !received.isEmpty())
			.get(0));
	}

}
