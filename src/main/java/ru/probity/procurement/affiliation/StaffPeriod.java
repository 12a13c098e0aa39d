package ru.probity.procurement.affiliation;

import java.time.LocalDate;

/**
 * A period an employee held a post at a customer, with his procurement role: 44-ФЗ ст.31 ч.1 п.9
 * judges the officials at the date of the purchase ({@link Staff#forCustomer(String, LocalDate)}).
 *
 * @param personId the employee's {@link StaffPerson#personId()}
 * @param organizationInn the customer's INN (his organization's, or its nearest ancestor's)
 * @param from the first day; null when not known (counted for every date before {@code to})
 * @param to the last day; null while the period lasts
 */
public record StaffPeriod(
        String personId, String organizationInn, String position, ProcurementRole role, LocalDate from, LocalDate to) {

    /** He held the post on that day. */
    public boolean covers(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
