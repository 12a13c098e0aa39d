package ru.probity.procurement.model;

import java.math.BigDecimal;

/**
 * One bid (заявка) of a purchase as a protocol gives it: the bidder, the offer, admission and rank.
 * A protocol of the first part of an auction names no bidders (only journal numbers); later protocols
 * of the same purchase do — so the bids of a purchase are the union over its protocols by {@code
 * journalNumber}, the latest protocol's facts winning.
 *
 * @param journalNumber the bid's number in the journal of the purchase (as written), the key of the
 *     bid within the purchase
 * @param inn the bidder's INN, null when the protocol does not name it
 * @param kind legal entity, entrepreneur, individual or foreign, null when unknown
 * @param offer the price offered (the last offer of an auction), null when none
 * @param admitted whether the bid was admitted (допущена / соответствует), null when this protocol does
 *     not decide it
 * @param rejectionReason the ground of refusal as written, when not admitted
 * @param rating the place (appRating / порядковый номер), 1 = winner; null when not ranked
 * @param winner the bid won (rating 1, or the protocol names it as winner, or the only admitted bid of
 *     a single-bid protocol)
 * @param address the bidder's address as the protocol gives it (postAddress/factualAddress), or null
 * @param phone the bidder's phone as the protocol gives it, or null
 * @param email the bidder's e-mail as the protocol gives it, or null
 */
public record Bid(
        String journalNumber,
        String inn,
        String kpp,
        String name,
        Supplier.Kind kind,
        BigDecimal offer,
        Boolean admitted,
        String rejectionReason,
        Integer rating,
        boolean winner,
        String address,
        String phone,
        String email) {}
