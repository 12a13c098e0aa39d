package ru.probity.plans.model;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The due dates of a measure within its plan's period: its date (even outside the period: the plan
 * says so), or the last day of every month, quarter, half-year or year that ends within the period
 * (a periodic measure is reported at the end of each).
 */
public final class DueDates {

    private DueDates() {}

    public static List<LocalDate> of(TermKind kind, LocalDate date, LocalDate periodFrom, LocalDate periodTo) {
        if (kind == TermKind.DATE) {
            return date == null ? List.of() : List.of(date);
        }
        int months = switch (kind) {
            case MONTHLY -> 1;
            case QUARTERLY -> 3;
            case HALF_YEARLY -> 6;
            default -> 12;
        };
        List<LocalDate> dates = new ArrayList<>();
        // the ends of the calendar months, quarters, half-years or years within the period
        LocalDate end =
                LocalDate.of(periodFrom.getYear(), 1, 1).plusMonths(months).minusDays(1);
        while (!end.isAfter(periodTo)) {
            if (!end.isBefore(periodFrom)) {
                dates.add(end);
            }
            end = end.plusDays(1)
                    .plusMonths(months)
                    .with(TemporalAdjusters.firstDayOfMonth())
                    .minusDays(1);
        }
        return dates;
    }
}
