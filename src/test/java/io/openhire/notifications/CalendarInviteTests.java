package io.openhire.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The iCalendar text rules of RFC 5545 that invites rely on. */
class CalendarInviteTests {

	@Test
	void escapesTextValues() {
		assertThat(CalendarInvite.escape("a,b;c\\d\ne")).isEqualTo("a\\,b\\;c\\\\d\\ne");
	}

	@Test
	void foldsLongLinesAt75OctetsWithoutSplittingCharacters() {
		String line = "DESCRIPTION:" + "é".repeat(100);
		String folded = CalendarInvite.fold(line);
		for (String part : folded.split("\r\n")) {
			assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
	}

	@Test
	void aCancellationNamesItsMethodInTheTextAndTheMediaType() {
		CalendarInvite invite = new CalendarInvite(UUID.randomUUID(), 3, true, Instant.parse("2030-01-01T10:00:00Z"),
				30, "Interview", "Cancelled", null, null, "no-reply@localhost", "Ann \"A\" Smith", "ann@example.com",
				Instant.parse("2029-12-01T10:00:00Z"));
		assertThat(invite.contentType()).isEqualTo("text/calendar; charset=UTF-8; method=CANCEL");
		assertThat(invite.text()).contains("\r\nMETHOD:CANCEL\r\n")
			.contains("\r\nSEQUENCE:3\r\n")
			.contains("\r\nDTEND:20300101T103000Z\r\n")
			.contains("ATTENDEE;CN=\"Ann A Smith\"");
	}

}
