package io.openhire.notifications;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An interview as an iCalendar invite (RFC 5545, with the iTIP methods of RFC 5546):
 * {@code REQUEST} to add or update the event, {@code CANCEL} to remove it. The UID is the
 * interview's id, so every update replaces the same event in the candidate's calendar;
 * {@code SEQUENCE} grows with each update. Lines end in CRLF and are folded at 75 octets;
 * text values are escaped.
 *
 * @param interviewId the interview, whose id makes the UID
 * @param sequence the revision of the invite
 * @param cancelled {@code METHOD:CANCEL} rather than {@code METHOD:REQUEST}
 * @param start when it starts
 * @param durationMinutes how long it takes
 * @param summary the event's title
 * @param description the event's text
 * @param location where, if given
 * @param url the meeting link, if given
 * @param organizer the address the invite comes from
 * @param attendeeName the candidate's name
 * @param attendeeEmail the candidate's address
 * @param stamp when the invite was made
 */
record CalendarInvite(UUID interviewId, int sequence, boolean cancelled, Instant start, int durationMinutes,
		String summary, String description, @Nullable String location, @Nullable String url, String organizer,
		String attendeeName, String attendeeEmail, Instant stamp) {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	String method() {
		return cancelled ? "CANCEL" : "REQUEST";
	}

	/** The media type of the attachment, naming the method as RFC 6047 asks. */
	String contentType() {
		return "text/calendar; charset=UTF-8; method=" + method();
	}

	byte[] bytes() {
		return text().getBytes(StandardCharsets.UTF_8);
	}

	String text() {
		List<String> lines = new ArrayList<>();
		lines.add("BEGIN:VCALENDAR");
		lines.add("PRODID:-//Openhire//Interviews//EN");
		lines.add("VERSION:2.0");
		lines.add("CALSCALE:GREGORIAN");
		lines.add("METHOD:" + method());
		lines.add("BEGIN:VEVENT");
		lines.add("UID:" + interviewId + "@openhire");
		lines.add("SEQUENCE:" + sequence);
		lines.add("DTSTAMP:" + UTC.format(stamp));
		lines.add("DTSTART:" + UTC.format(start));
		lines.add("DTEND:" + UTC.format(start.plusSeconds(durationMinutes * 60L)));
		lines.add("SUMMARY:" + escape(summary));
		lines.add("DESCRIPTION:" + escape(description));
		if (location != null && !location.isBlank()) {
			lines.add("LOCATION:" + escape(location));
		}
		if (url != null && !url.isBlank()) {
			lines.add("URL:" + url.strip());
		}
		lines.add("ORGANIZER;CN=Openhire:mailto:" + organizer);
		lines.add("ATTENDEE;CN=" + quoted(attendeeName) + ";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE"
				+ ":mailto:" + attendeeEmail);
		lines.add("STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
		lines.add("END:VEVENT");
		lines.add("END:VCALENDAR");
		StringBuilder text = new StringBuilder();
		lines.forEach((line) -> text.append(fold(line)).append("\r\n"));
		return text.toString();
	}

	/** RFC 5545 3.3.11: backslash, semicolon, comma and line breaks are escaped. */
	static String escape(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/**
	 * A parameter value in quotes (RFC 5545 3.1: no quotes or control characters inside).
	 */
	private static String quoted(String value) {
		return "\"" + value.replaceAll("[\"\\p{Cntrl}]", "") + "\"";
	}

	/**
	 * RFC 5545 3.1: lines longer than 75 octets continue on lines starting with a space.
	 */
	static String fold(String line) {
		StringBuilder folded = new StringBuilder();
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				folded.append("\r\n ");
				octets = 1;
			}
			folded.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		return folded.toString();
	}

}
