package ru.probity.procurement.affiliation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Protocol;

/**
 * The date of a contract's purchase, at which 44-ФЗ ст.31 ч.1 п.9 judges who held the customer's
 * posts: the date of the purchase's earliest protocol (the commission's decision — the notice's date
 * is not stored), else the contract's conclusion date, else none (the people as they are now).
 */
public final class PurchaseDates {

    private final Map<String, LocalDate> firstProtocol = new HashMap<>();

    public PurchaseDates(Collection<Protocol> protocols) {
        for (Protocol p : protocols) {
            if (p.purchaseNumber() != null && p.date() != null) {
                firstProtocol.merge(p.purchaseNumber().strip(), p.date(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
    }

    /** The purchase date of the contract; null when neither a protocol nor the contract dates it. */
    public LocalDate of(Contract contract) {
        LocalDate protocol = contract.purchaseNumber() == null
                ? null
                : firstProtocol.get(contract.purchaseNumber().strip());
        return protocol != null ? protocol : contract.signDate();
    }
}
