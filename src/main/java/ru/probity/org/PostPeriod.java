package ru.probity.org;

import java.time.LocalDate;

/**
 * A period an employee held a post in an organization, with his procurement roles (44-ФЗ ст.31 ч.1
 * п.9 judges the officials at the date of the purchase).
 *
 * @param from the first day; null when not known (a card without an appointment date)
 * @param to the last day; null while the period lasts
 */
public record PostPeriod(
        long organizationId,
        String organizationName,
        String post,
        boolean headOfCustomer,
        boolean contractServiceHead,
        boolean contractManager,
        boolean procurementCommissionMember,
        LocalDate from,
        LocalDate to) {

    /** The period lasts: no last day yet. */
    public boolean current() {
        return to == null;
    }
}
