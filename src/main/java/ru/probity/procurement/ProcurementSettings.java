package ru.probity.procurement;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the contract checks ({@code probity.procurement.*}). The interval of the re-check of
 * stale contracts, {@code probity.procurement.recheck-interval} (default {@code PT5M}), is read by
 * the scheduler's annotation on {@link ContractChecks#recheckStale()}.
 *
 * @param formerTieYears how long an ended tie (a director or founder who left) still counts as a
 *     former tie, in years
 */
@ConfigurationProperties("probity.procurement")
record ProcurementSettings(@DefaultValue("3") int formerTieYears) {}
