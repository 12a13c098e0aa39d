package ru.probity.procurement.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A procurement protocol from ЕИС: the commission that decided the purchase.
 *
 * @param purchaseNumber the notice number, the link to the contract
 * @param customerInn the customer (organizer) when the protocol names it, else null
 * @param kind the protocol's element name as written, e.g. {@code fcsProtocolEF3}, {@code
 *     epProtocolEZK1}; null when unknown
 * @param bids the bids the protocol names (every bidder, admitted or not), in the protocol's order;
 *     empty when it names none
 */
public record Protocol(
        String purchaseNumber,
        String protocolNumber,
        LocalDate date,
        String customerInn,
        String customerName,
        String commissionName,
        List<CommissionMember> members,
        String kind,
        List<Bid> bids) {

    public Protocol {
        members = members == null ? List.of() : List.copyOf(members);
        bids = bids == null ? List.of() : List.copyOf(bids);
    }

    /** A protocol read for its commission only. */
    public Protocol(
            String purchaseNumber,
            String protocolNumber,
            LocalDate date,
            String customerInn,
            String customerName,
            String commissionName,
            List<CommissionMember> members) {
        this(purchaseNumber, protocolNumber, date, customerInn, customerName, commissionName, members, null, List.of());
    }
}
