package ru.probity.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The Russian formats every module writes and reads: the locale, dates as {@code 31.12.2026}, times
 * as {@code 31.12.2026 14:05}, and the trimming of typed text. Free of framework code, so engines
 * (documents, spreadsheets, file readers) use it too.
 */
public final class RussianFormats {

    /** Russian: month names, number formats and the message bundle's language. */
    public static final Locale LOCALE = Locale.forLanguageTag("ru");

    /** {@code 31.12.2026} — dates in documents, spreadsheets and messages. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu", LOCALE);

    /** {@code 31.12.2026 14:05} — local times in documents and spreadsheets. */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm", LOCALE);

    private RussianFormats() {}

    /** The date as {@code 31.12.2026}, or an empty string for none. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The local time as {@code 31.12.2026 14:05}, or an empty string for none. */
    public static String dateTime(LocalDateTime time) {
        return time == null ? "" : DATE_TIME.format(time);
    }

    /** Typed text without surrounding blanks; {@code null} when nothing but blanks was typed. */
    public static String blankToNull(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
