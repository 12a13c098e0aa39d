package ru.probity.commission;

import java.time.LocalDate;

/**
 * A municipal act or an agreement handing a body's cases to another body's commission («муниципальный
 * правовой акт / соглашение о передаче»): a settlement's cases to its district's commission, say.
 * Cases of the body's people go to that commission while the act is valid.
 */
public record TransferAct(
        long id,
        String number,
        LocalDate actDate,
        String title,
        long fromOrganizationId,
        String fromOrganizationName,
        long toCommissionId,
        String toCommissionName,
        String toOrganizationName,
        LocalDate validFrom,
        LocalDate validTo) {

    /** Whether the act is in force on the day. */
    public boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
