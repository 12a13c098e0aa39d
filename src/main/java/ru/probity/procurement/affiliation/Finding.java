package ru.probity.procurement.affiliation;

import java.util.List;
import ru.probity.procurement.names.Confidence;

/**
 * A possible conflict of interest found for a contract.
 *
 * @param officialId the personId of the customer's employee concerned (for a commission member
 *     known only from a protocol: {@code protocol:<purchase>:<name>})
 * @param personId the personId of the person actually tied to the supplier: the employee himself or
 *     his relative (for a protocol-only member, the same as officialId)
 * @param confidence how sure the identification of that person in the registers is: {@code LOW} is a
 *     lead to check, never a violation
 * @param path from the official to the supplier
 * @param explanation in Russian, for the commission: who, which relative, how tied, which law,
 *     how sure and why
 */
public record Finding(
        String contractRegNum,
        String customerInn,
        String supplierInn,
        String officialId,
        String personId,
        Rule rule,
        Confidence confidence,
        List<PathStep> path,
        String explanation) {

    public Finding {
        path = List.copyOf(path);
    }
}
