package ru.probity.agreements;

import java.time.LocalDate;
import java.util.List;
import ru.probity.agreements.model.AgreementStatus;

/**
 * An agreement of the register: number, date of signing, subject, term (no end: indefinite), the
 * termination if any, its parties, its status computed from the dates, and how many of its
 * obligations are open and overdue.
 */
public record Agreement(
        long id,
        String number,
        LocalDate signedOn,
        String subject,
        LocalDate validFrom,
        LocalDate validTo,
        LocalDate terminatedOn,
        String terminationReason,
        String note,
        List<Party> parties,
        AgreementStatus status,
        int openObligations,
        int overdueObligations) {

    public boolean indefinite() {
        return validTo == null;
    }
}
