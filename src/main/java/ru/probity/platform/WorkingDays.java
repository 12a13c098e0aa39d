package ru.probity.platform;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Terms counted in working days (e.g. the seven working days of a motivated conclusion, Указ
 * №821): Saturdays and Sundays are skipped. Public holidays are not known to the system, so
 * a term that spans them comes out a little short — on the safe side for the one who keeps it.
 */
public final class WorkingDays {

    private WorkingDays() {}

    /** The working day {@code days} working days after {@code from}. */
    public static LocalDate plus(LocalDate from, int days) {
        LocalDate date = from;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }
}
