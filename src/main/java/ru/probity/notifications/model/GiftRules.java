package ru.probity.notifications.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.probity.platform.WorkingDays;

/**
 * The rules of gifts received in connection with protocol events, official travel and other official
 * events (Постановление Правительства РФ от 09.01.2014 № 10, the model the municipal acts follow):
 * the notice within {@value #NOTICE_WORKING_DAYS} working days of receipt of the gift or of the return
 * from the trip (п.5; a late notice is still accepted — it is flagged); a gift whose value exceeds
 * {@value #HANDOVER_OVER_RUBLES} ₽ or is unknown is handed over by an act within
 * {@value #HANDOVER_WORKING_DAYS} working days of the notice's registration (п.7), valued by the
 * commission on receipt and disposal of assets (п.9), returned when its value does not exceed the
 * threshold (п.8), and may be bought back on the employee's application (п.12).
 */
public final class GiftRules {

    public static final int NOTICE_WORKING_DAYS = 3;
    public static final int HANDOVER_WORKING_DAYS = 5;
    public static final int HANDOVER_OVER_RUBLES = 3000;

    private static final BigDecimal THRESHOLD = BigDecimal.valueOf(HANDOVER_OVER_RUBLES);
    private static final Pattern AMOUNT = Pattern.compile("\\d[\\d \\u00a0\\u202f]*(?:[.,]\\d{1,2})?");
    private static final DateTimeFormatter RUSSIAN = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private GiftRules() {}

    /**
     * The sum in a value as an employee writes it («4 500», «ориентировочно 4500,00 руб.»); null
     * when it names no sum (blank, «неизвестна»).
     */
    public static BigDecimal amount(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = AMOUNT.matcher(value);
        if (!m.find()) {
            return null;
        }
        return new BigDecimal(m.group().replaceAll("[ \\u00a0\\u202f]", "").replace(',', '.'));
    }

    /** A gift over 3 000 ₽ or of unknown value is handed over by an act (ПП РФ №10 п.7). */
    public static boolean needsHandover(String value) {
        BigDecimal sum = amount(value);
        return sum == null || sum.compareTo(THRESHOLD) > 0;
    }

    /** A valued gift not over 3 000 ₽ goes back to the one who handed it over (ПП РФ №10 п.8). */
    public static boolean returnedAfterValuation(BigDecimal valuation) {
        return valuation != null && valuation.compareTo(THRESHOLD) <= 0;
    }

    /** The last day of the handover act: 5 working days from the notice's registration. */
    public static LocalDate handoverBy(LocalDate registeredOn) {
        return WorkingDays.plus(registeredOn, HANDOVER_WORKING_DAYS);
    }

    /** The last day of the notice: 3 working days from receipt of the gift or return from the trip. */
    public static LocalDate noticeBy(LocalDate giftReceivedOn) {
        return WorkingDays.plus(giftReceivedOn, NOTICE_WORKING_DAYS);
    }

    /** Whether a notice received on {@code noticeReceivedOn} came after its term. */
    public static boolean noticeLate(LocalDate giftReceivedOn, LocalDate noticeReceivedOn) {
        return giftReceivedOn != null && noticeReceivedOn != null && noticeReceivedOn.isAfter(noticeBy(giftReceivedOn));
    }

    /** A day as the form sends it (ISO) or as it is stored and typed (dd.MM.yyyy); null if neither. */
    public static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(t, RUSSIAN);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** A day as the register shows and stores it. */
    public static String format(LocalDate day) {
        return day.format(RUSSIAN);
    }
}
