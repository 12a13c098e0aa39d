package ru.probity.civil.model;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar file (RFC 5545) of events: a timed event in UTC, a day's event as a date;
 * text escaped and lines folded at 75 octets.
 */
public final class ICalendar {

    private static final DateTimeFormatter UTC =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuuMMdd");

    private ICalendar() {}

    /**
     * An event: {@code start} for a timed one (an hour and a half long), else {@code day} for a whole
     * day; {@code url} absolute or null.
     */
    public record Event(
            String uid,
            Instant start,
            LocalDate day,
            String summary,
            String description,
            String location,
            String url) {}

    /** The calendar named {@code name} with its events, stamped at {@code now}. */
    public static String write(String name, List<Event> events, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Probity//Civil calendar//RU");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "X-WR-CALNAME:" + escape(name));
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + escape(e.uid()));
            line(out, "DTSTAMP:" + UTC.format(now));
            if (e.start() != null) {
                line(out, "DTSTART:" + UTC.format(e.start()));
                line(out, "DTEND:" + UTC.format(e.start().plusSeconds(90 * 60)));
            } else {
                line(out, "DTSTART;VALUE=DATE:" + DAY.format(e.day()));
                line(out, "DTEND;VALUE=DATE:" + DAY.format(e.day().plusDays(1)));
            }
            line(out, "SUMMARY:" + escape(e.summary()));
            if (e.description() != null && !e.description().isBlank()) {
                line(out, "DESCRIPTION:" + escape(e.description()));
            }
            if (e.location() != null && !e.location().isBlank()) {
                line(out, "LOCATION:" + escape(e.location()));
            }
            if (e.url() != null) {
                line(out, "URL:" + e.url());
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "");
    }

    /** A content line folded so that no line is longer than 75 octets (a fold never splits a character). */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
