/**
 * The affiliation engine: every contract checked against the customer's people and their relatives
 * (HR files), the company registers (ЕГРЮЛ, ЕГРИП) and the purchase protocols, for conflicts of
 * interest under 44-ФЗ ст.31 ч.1 п.9 and personal interest under 273-ФЗ ст.10, plus two red flags
 * (shared contacts, a recent former tie). Every finding carries its path and a Russian explanation.
 *
 * <p>Plain Java, no framework code. Person identity between HR records and the registers goes only
 * through {@link ru.probity.procurement.names.PersonMatcher}. The registry is kept in primitive
 * arrays with int ids ({@link ru.probity.procurement.affiliation.RegistryIndex}) so that a national
 * register fits in a few gigabytes; a contract check is a handful of index look-ups.
 */
package ru.probity.procurement.affiliation;
