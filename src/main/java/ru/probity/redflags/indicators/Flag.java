package ru.probity.redflags.indicators;

import java.util.List;

/**
 * One red flag: an indicator that fired on a contract (or on a customer–supplier pair, or on a
 * supplier), with the number that made it fire and the facts behind it.
 *
 * @param indicator the indicator's stable id (docs/red-flags.md), e.g. {@code single_bid}
 * @param contract the contract's registry number; null for a flag on a customer–supplier pair or a
 *     supplier as a whole
 * @param purchaseNumber the purchase (notice) number the flag is about, or null
 * @param customerInn the customer's INN, or null for a flag on a supplier as a whole
 * @param supplierInn the supplier's INN, or null
 * @param value the measured value (its unit is the indicator's: a count, a share, days, roubles)
 * @param threshold the threshold it was compared with (same unit)
 * @param explanation a Russian sentence naming the facts («Заявку подал один участник: …»)
 * @param documents the documents behind the flag as references {@code kind:key} — {@code
 *     contract:REGNUM}, {@code notice:PURCHASE}, {@code protocol:PURCHASE/PROTOCOL_NUMBER}, {@code
 *     egrul:INN}, {@code egrip:INN} — the evidence an officer opens
 */
public record Flag(
        String indicator,
        String contract,
        String purchaseNumber,
        String customerInn,
        String supplierInn,
        double value,
        double threshold,
        String explanation,
        List<String> documents) {

    public Flag {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
