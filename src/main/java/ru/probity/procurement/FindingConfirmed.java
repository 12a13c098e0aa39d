package ru.probity.procurement;

import java.util.List;

/**
 * Published when an anti-corruption officer confirms a finding: a conflict of interest in a contract
 * that the commission on official conduct has to consider. One finding is one conflict (contract,
 * official, related person), so one confirmation — one case — whatever the number of rules.
 *
 * @param organizationId the customer in the organization tree
 * @param officialEmployeeId the customer's employee whose interest is at stake, if known
 * @param rule the primary rule's code, e.g. {@code 44fz_31_1_9} (the first of {@code rules})
 * @param rules the codes of every rule that applies, the law first; an event stored before there
 *     were several reads as its one {@code rule}
 */
public record FindingConfirmed(
        long findingId,
        long contractId,
        Long organizationId,
        Long officialEmployeeId,
        String rule,
        List<String> rules) {

    public FindingConfirmed {
        rules = rules == null || rules.isEmpty() ? (rule == null ? List.of() : List.of(rule)) : List.copyOf(rules);
    }

    /** A confirmation under one rule. */
    public FindingConfirmed(
            long findingId, long contractId, Long organizationId, Long officialEmployeeId, String rule) {
        this(findingId, contractId, organizationId, officialEmployeeId, rule, List.of());
    }
}
