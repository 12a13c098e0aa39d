package ru.probity.monitoring.model;

import java.time.LocalDate;

/** The reporting period of a monitoring form: a quarter, a half-year or a year. */
public enum PeriodKind {
    QUARTER(4, 3),
    HALF_YEAR(2, 6),
    YEAR(1, 12);

    private final int count;
    private final int months;

    PeriodKind(int count, int months) {
        this.count = count;
        this.months = months;
    }

    /** How many such periods a year has: the highest number. */
    public int count() {
        return count;
    }

    /** Whether {@code number} names a period of this kind (1..4 for a quarter). */
    public boolean valid(int number) {
        return number >= 1 && number <= count;
    }

    /** The first day of the period {@code number} of {@code year}. */
    public LocalDate from(int year, int number) {
        check(number);
        return LocalDate.of(year, (number - 1) * months + 1, 1);
    }

    /** The last day of the period {@code number} of {@code year}. */
    public LocalDate to(int year, int number) {
        return from(year, number).plusMonths(months).minusDays(1);
    }

    /** The number of the period of this kind that holds {@code day}. */
    public int numberOf(LocalDate day) {
        return (day.getMonthValue() - 1) / months + 1;
    }

    /** The last period of this kind that has ended before {@code today}: its year and number. */
    public int[] lastFinished(LocalDate today) {
        LocalDate inPrevious = from(today.getYear(), numberOf(today)).minusDays(1);
        return new int[] {inPrevious.getYear(), numberOf(inPrevious)};
    }

    private void check(int number) {
        if (!valid(number)) {
            throw new IllegalArgumentException("No period " + number + " of kind " + this);
        }
    }
}
