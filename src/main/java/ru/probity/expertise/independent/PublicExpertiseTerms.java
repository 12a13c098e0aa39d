package ru.probity.expertise.independent;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The terms of the independent and public expertise of a draft. The draft is open for conclusions
 * from its first to its last day, both included (ПП РФ №96 of 26.02.2010: a draft is posted with the
 * dates when the reception of conclusions begins and ends); the period is at least the days of the
 * regional or municipal procedure (a setting, 7 by default). A conclusion is considered and a
 * reasoned answer sent within 30 days of its receipt (172-ФЗ ст.5 ч.4).
 */
public final class PublicExpertiseTerms {

    /** 172-ФЗ ст.5 ч.4: the conclusion is considered within thirty days of its receipt. */
    public static final int ANSWER_DAYS = 30;

    private PublicExpertiseTerms() {}

    /** The number of days of a period, both ends included. */
    public static long days(LocalDate startsOn, LocalDate endsOn) {
        return ChronoUnit.DAYS.between(startsOn, endsOn) + 1;
    }

    /** Whether a period lasts at least {@code minimumDays}, both ends included. */
    public static boolean longEnough(LocalDate startsOn, LocalDate endsOn, int minimumDays) {
        return !endsOn.isBefore(startsOn) && days(startsOn, endsOn) >= minimumDays;
    }

    /** Whether a publication receives conclusions on {@code day}. */
    public static boolean open(LocalDate day, LocalDate startsOn, LocalDate endsOn, boolean withdrawn) {
        return !withdrawn && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** The last day of the answer to what was received on {@code receivedOn}. */
    public static LocalDate answerDue(LocalDate receivedOn) {
        return receivedOn.plusDays(ANSWER_DAYS);
    }

    /** Whether the answer is late on {@code today}: not sent and past its last day. */
    public static boolean overdue(LocalDate today, LocalDate dueOn, boolean sent) {
        return !sent && today.isAfter(dueOn);
    }
}
