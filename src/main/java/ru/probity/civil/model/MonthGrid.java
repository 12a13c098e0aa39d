package ru.probity.civil.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The month of a calendar as weeks from Monday to Sunday: every day with its events, the days of the
 * neighbouring months that fill the first and the last week marked as outside the month.
 *
 * @param <E> the event shown in a day
 */
public record MonthGrid<E>(YearMonth month, List<List<Day<E>>> weeks) {

    /** A day of the grid. */
    public record Day<E>(LocalDate date, boolean inMonth, List<E> events) {}

    /** The grid of {@code month} with the events by their day. */
    public static <E> MonthGrid<E> of(YearMonth month, Map<LocalDate, List<E>> events) {
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        List<List<Day<E>>> weeks = new ArrayList<>();
        List<Day<E>> week = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            week.add(new Day<>(d, YearMonth.from(d).equals(month), events.getOrDefault(d, List.of())));
            if (week.size() == 7) {
                weeks.add(List.copyOf(week));
                week = new ArrayList<>();
            }
        }
        return new MonthGrid<>(month, List.copyOf(weeks));
    }

    public YearMonth previous() {
        return month.minusMonths(1);
    }

    public YearMonth next() {
        return month.plusMonths(1);
    }
}
