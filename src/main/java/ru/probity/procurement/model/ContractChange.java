package ru.probity.procurement.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What happened to a contract after signing, from ЕИС: a new version of the contract with a {@code
 * modification} (изменение условий, 44-ФЗ ст.95), its execution ({@code contractProcedure}: acceptance
 * and payment) or its termination ({@code contractProcedure/termination}, {@code contractCancel}).
 *
 * @param regNum the contract's registry number
 * @param kind amendment, execution or termination
 * @param version the contract's {@code versionNumber} for an amendment, else 0
 * @param date the date of the change (the modification's or the document's date)
 * @param price for an amendment the contract price after it; for an execution the amount paid or
 *     accepted; null when not given
 * @param reason the ground as written (modification reason, termination reason), or null
 * @param documentKind the element the change came from, e.g. {@code contract}, {@code contractProcedure}
 */
public record ContractChange(
        String regNum, Kind kind, int version, LocalDate date, BigDecimal price, String reason, String documentKind) {

    public enum Kind {
        AMENDMENT,
        EXECUTION,
        TERMINATION
    }
}
