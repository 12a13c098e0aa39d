package ru.probity.declarations.checks;

import java.time.LocalDate;
import ru.probity.platform.WorkingDays;

/**
 * The terms of filing: the annual term of 30 April (273-ФЗ ст.8, Указ №460), corrections within one
 * month after a term («уточнённые сведения», Указ №559 п.8), the reporting dates of a declaration
 * filed on entry (Указ №559 п.3), the years an obligation may be for, and the term of the Указ №613
 * publication.
 */
public final class Terms {

    /** The earliest reporting year an obligation may be for. */
    public static final int FIRST_YEAR = 2000;

    /** Working days after the annual term within which the declarations are published (Указ №613). */
    static final int PUBLICATION_WORKING_DAYS = 14;

    private Terms() {}

    /** The annual term: 30 April of the year after the reporting year. */
    public static LocalDate annualDeadline(int year) {
        return LocalDate.of(year + 1, 4, 30);
    }

    /**
     * The last day a correction of a declaration due on {@code dueOn} is taken: one month after the
     * term (Указ №559 п.8 — «уточнённые сведения» within one month after the term of filing).
     */
    public static LocalDate correctionsUntil(LocalDate dueOn) {
        return dueOn.plusMonths(1);
    }

    /** Whether a correction of a declaration due on {@code dueOn} is still taken on {@code today}. */
    public static boolean correctionTaken(LocalDate dueOn, LocalDate today) {
        return !today.isAfter(correctionsUntil(dueOn));
    }

    /**
     * On entry the income is declared for the calendar year before the year of filing (Указ №559
     * п.3 «а»): the year of the income of a declaration filed on {@code filedOn}.
     */
    public static int entryIncomeYear(LocalDate filedOn) {
        return filedOn.getYear() - 1;
    }

    /**
     * On entry property, accounts and obligations are declared as of the first day of the month
     * before the month of filing (Указ №559 п.3 «а», the reporting date).
     */
    public static LocalDate entryReportingDate(LocalDate filedOn) {
        return filedOn.withDayOfMonth(1).minusMonths(1);
    }

    /** Whether an obligation may be for the reporting year: from {@link #FIRST_YEAR} to the current year. */
    public static boolean reportingYear(int year, LocalDate today) {
        return year >= FIRST_YEAR && year <= today.getYear();
    }

    /** The term of publication: 14 working days after the annual deadline (the production calendar). */
    public static LocalDate publicationTerm(int year) {
        return WorkingDays.plus(annualDeadline(year), PUBLICATION_WORKING_DAYS);
    }
}
