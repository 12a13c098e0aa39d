package ru.probity.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
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

    /**
     * A sum of money as {@code 1 086 154,00 ₽}: groups of thousands by a no-break space, kopecks after
     * a comma, the rouble sign for roubles (ISO code {@code RUB}, the obsolete {@code RUR}, or none
     * given); another currency keeps its ISO code ({@code 1 000,00 USD}). Empty for no sum.
     */
    public static String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(LOCALE);
        symbols.setGroupingSeparator('\u00a0');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('−');
        DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        String code = currency == null ? "" : currency.strip().toUpperCase(java.util.Locale.ROOT);
        String sign = code.isEmpty() || code.equals("RUB") || code.equals("RUR") || code.equals("643") ? "₽" : code;
        return format.format(amount) + "\u00a0" + sign;
    }

    /** A sum in roubles as {@code 1 086 154,00 ₽}. */
    public static String money(BigDecimal amount) {
        return money(amount, null);
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
