package io.openhire.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.openhire.TestUsers;
import io.openhire.applications.ApplicationStatusChanged;
import io.openhire.applications.ApplicationSubmitted;
import io.openhire.applications.InterviewCancelled;
import io.openhire.applications.InterviewScheduled;
import io.openhire.identity.UserAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The other side of an application hears of each change by mail, delivered to a real SMTP
 * server; interview mails carry an iCalendar invite that updates and cancels one event.
 */
@SmtpTest
class ApplicationMailsTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserAccounts accounts;

	@Test
	void theCandidateHearsOfTheCompanysMovesAndTheCompanyOfTheCandidates() {
		String candidateEmail = TestUsers.uniqueEmail("candidate");
		UUID candidate = accounts.createAdmin(candidateEmail, TestUsers.PASSWORD);
		String recruiterEmail = TestUsers.uniqueEmail("recruiter");
		UUID recruiter = accounts.createAdmin(recruiterEmail, TestUsers.PASSWORD);
		UUID application = UUID.randomUUID();
		publish(new ApplicationStatusChanged(application, UUID.randomUUID(), "ICU nurse", UUID.randomUUID(), candidate,
				recruiter, "applied", "shortlisted", recruiter, "Strong <CV>", Instant.now()));
		ReceivedMail moved = awaitMails(candidateEmail, 1).get(0);
		assertThat(moved.subject()).isEqualTo("Your application for ICU nurse is shortlisted");
		assertThat(moved.text()).contains("moved from applied to shortlisted").contains("Reason: Strong <CV>");
		assertThat(moved.html()).contains("Strong &lt;CV&gt;");
		publish(new ApplicationStatusChanged(application, UUID.randomUUID(), "ICU nurse", UUID.randomUUID(), candidate,
				recruiter, "shortlisted", "withdrawn", candidate, null, Instant.now()));
		ReceivedMail withdrawn = awaitMails(recruiterEmail, 1).get(0);
		assertThat(withdrawn.subject()).isEqualTo("Application withdrawn: ICU nurse");
		assertThat(withdrawn.text()).contains("withdrew their application to \"ICU nurse\"");
		assertThat(TestSmtpServer.receivedBy(candidateEmail)).hasSize(1);
	}

	@Test
	void theEmployerWhoPostedTheJobHearsOfEachNewApplicationByTheCandidatesName() {
		String recruiterEmail = TestUsers.uniqueEmail("recruiter");
		UUID recruiter = accounts.createAdmin(recruiterEmail, TestUsers.PASSWORD);
		publish(new ApplicationSubmitted(UUID.randomUUID(), UUID.randomUUID(), "ICU nurse", UUID.randomUUID(),
				UUID.randomUUID(), "Ada Lovelace", recruiter, Instant.now()));
		ReceivedMail news = awaitMails(recruiterEmail, 1).get(0);
		assertThat(news.subject()).isEqualTo("New application: ICU nurse");
		assertThat(news.text()).contains("A candidate, Ada Lovelace, applied to your job \"ICU nurse\".");
	}

	@Test
	void interviewInvitesKeepTheirUidAndCountTheirSequenceUpToTheCancellation() {
		String email = TestUsers.uniqueEmail("candidate");
		UUID candidate = accounts.createAdmin(email, TestUsers.PASSWORD);
		UUID interview = UUID.randomUUID();
		UUID application = UUID.randomUUID();
		Instant at = Instant.parse("2030-03-04T09:30:00Z");
		publish(new InterviewScheduled(interview, application, candidate, "ICU nurse, nights", "in_person", at, 45,
				"Room 4; Utrecht", null, "Dr. Jansen", 0, Instant.now()));
		ReceivedMail invitation = awaitMails(email, 1).get(0);
		assertThat(invitation.subject()).isEqualTo("Interview invitation: ICU nurse, nights");
		assertThat(invitation.text()).contains("When: Monday 4 March 2030 at 09:30 UTC (45 minutes)")
			.contains("Where: Room 4; Utrecht");
		List<String> request = calendar(invitation);
		assertThat(invitation.attachments().get("invite.ics").contentType()).startsWith("text/calendar")
			.contains("method=REQUEST");
		assertThat(request).startsWith("BEGIN:VCALENDAR").endsWith("END:VCALENDAR");
		assertThat(request).contains("VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT", "UID:" + interview + "@openhire",
				"SEQUENCE:0", "DTSTART:20300304T093000Z", "DTEND:20300304T101500Z",
				"SUMMARY:Interview: ICU nurse\\, nights", "LOCATION:Room 4\\; Utrecht", "STATUS:CONFIRMED",
				"END:VEVENT");
		assertThat(request).anyMatch((line) -> line.startsWith("DTSTAMP:") && line.endsWith("Z"));
		assertThat(request).anyMatch((line) -> line.startsWith("ORGANIZER") && line.contains(":mailto:"));
		assertThat(request).anyMatch((line) -> line.startsWith("ATTENDEE") && line.endsWith(":mailto:" + email));

		publish(new InterviewScheduled(interview, application, candidate, "ICU nurse, nights", "in_person",
				at.plusSeconds(3600), 45, "Room 4; Utrecht", null, null, 1, Instant.now()));
		ReceivedMail rescheduled = awaitMails(email, 2).get(1);
		assertThat(rescheduled.subject()).isEqualTo("Interview rescheduled: ICU nurse, nights");
		assertThat(calendar(rescheduled)).contains("METHOD:REQUEST", "UID:" + interview + "@openhire", "SEQUENCE:1",
				"DTSTART:20300304T103000Z");

		publish(new InterviewCancelled(interview, application, candidate, "ICU nurse, nights", at.plusSeconds(3600), 45,
				2, Instant.now()));
		ReceivedMail cancelled = awaitMails(email, 3).get(2);
		assertThat(cancelled.subject()).isEqualTo("Interview cancelled: ICU nurse, nights");
		assertThat(cancelled.attachments().get("invite.ics").contentType()).contains("method=CANCEL");
		assertThat(calendar(cancelled)).contains("METHOD:CANCEL", "UID:" + interview + "@openhire", "SEQUENCE:2",
				"STATUS:CANCELLED");
	}

	/**
	 * The invite's content lines: CRLF-separated, folded lines joined again (RFC 5545
	 * 3.1).
	 */
	private static List<String> calendar(ReceivedMail mail) {
		String raw = new String(mail.attachments().get("invite.ics").content(), StandardCharsets.UTF_8);
		assertThat(raw).endsWith("\r\n");
		assertThat(raw.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		assertThat(Arrays.stream(raw.split("\r\n")))
			.allMatch((line) -> line.getBytes(StandardCharsets.UTF_8).length <= 75);
		return Arrays.asList(raw.replace("\r\n ", "").split("\r\n"));
	}

	private void publish(Object event) {
		transactions.executeWithoutResult((status) -> events.publishEvent(event));
	}

	private static List<ReceivedMail> awaitMails(String to, int count) {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> TestSmtpServer.receivedBy(to), (received) -> received.size() >= count)
			.stream()
			.map(ReceivedMail::of)
			.toList();
	}

}
