package ru.probity.procurement.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A procurement protocol from ЕИС: the commission that decided the purchase.
 *
 * @param purchaseNumber the notice number, the link to the contract
 * @param customerInn the customer (organizer) when the protocol names it, else null
 */
public record Protocol(
        String purchaseNumber,
        String protocolNumber,
        LocalDate date,
        String customerInn,
        String customerName,
        String commissionName,
        List<CommissionMember> members) {}
