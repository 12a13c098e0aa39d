package ru.probity.agreements.model;

import java.time.LocalDate;

/**
 * An agreement's status, computed from its dates: terminated from the day of its termination,
 * expired after the last day of its term (an agreement without an end is concluded for an
 * indefinite term and never expires), active otherwise.
 */
public enum AgreementStatus {
    ACTIVE,
    EXPIRED,
    TERMINATED;

    public static AgreementStatus of(LocalDate validTo, LocalDate terminatedOn, LocalDate today) {
        if (terminatedOn != null && !terminatedOn.isAfter(today)) {
            return TERMINATED;
        }
        if (validTo != null && validTo.isBefore(today)) {
            return EXPIRED;
        }
        return ACTIVE;
    }
}
