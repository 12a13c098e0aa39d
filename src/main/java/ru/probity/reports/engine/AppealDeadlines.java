package ru.probity.reports.engine;

import java.time.LocalDate;
import ru.probity.platform.Refusal;

/**
 * The terms of 59-ФЗ «О порядке рассмотрения обращений граждан», in calendar days.
 *
 * <ul>
 *   <li>ст.8 ч.2: registration within 3 days of receipt;
 *   <li>ст.8 ч.3: sending to the competent body within 7 days of registration;
 *   <li>ст.12 ч.1: the answer within 30 days of registration;
 *   <li>ст.12 ч.2: one extension by up to 30 days, with notice to the reporter;
 *   <li>ст.11 ч.1: an anonymous appeal gets no answer, but one about a crime being prepared or
 *       committed is forwarded to the competent state body.
 * </ul>
 */
public final class AppealDeadlines {

    public static final int REGISTER_DAYS = 3;
    public static final int REDIRECT_DAYS = 7;
    public static final int ANSWER_DAYS = 30;
    public static final int MAX_EXTENSION_DAYS = 30;

    private AppealDeadlines() {}

    public static LocalDate registerBy(LocalDate receivedOn) {
        return receivedOn.plusDays(REGISTER_DAYS);
    }

    public static LocalDate redirectBy(LocalDate registeredOn) {
        return registeredOn.plusDays(REDIRECT_DAYS);
    }

    /** The answer's term, or null when no answer is due (anonymous). */
    public static LocalDate answerBy(LocalDate registeredOn, boolean anonymous) {
        return anonymous ? null : registeredOn.plusDays(ANSWER_DAYS);
    }

    /**
     * The answer's term after the one extension the law allows; refused when the term was extended
     * already, when no answer is due (anonymous), or for more than {@value #MAX_EXTENSION_DAYS} days.
     */
    public static LocalDate extend(LocalDate answerBy, int days, boolean alreadyExtended) {
        if (alreadyExtended) {
            throw Refusal.conflict("reports.error.extension.already-extended", MAX_EXTENSION_DAYS);
        }
        if (answerBy == null) {
            throw Refusal.conflict("reports.error.extension.no-answer-due", MAX_EXTENSION_DAYS);
        }
        if (days < 1 || days > MAX_EXTENSION_DAYS) {
            throw Refusal.invalid("reports.error.extension.days", MAX_EXTENSION_DAYS);
        }
        return answerBy.plusDays(days);
    }

    /** Whether a term has passed on {@code today} (the term's own day still counts as in time). */
    public static boolean overdue(LocalDate term, LocalDate today) {
        return term != null && today.isAfter(term);
    }
}
