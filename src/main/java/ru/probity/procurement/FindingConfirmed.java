package ru.probity.procurement;

/**
 * Published when an anti-corruption officer confirms a finding: a conflict of interest in a contract
 * that the commission on official conduct has to consider.
 *
 * @param organizationId the customer in the organization tree
 * @param officialEmployeeId the customer's employee whose interest is at stake, if known
 * @param rule the rule's code, e.g. {@code 44fz_31_1_9}
 */
public record FindingConfirmed(
        long findingId, long contractId, Long organizationId, Long officialEmployeeId, String rule) {}
