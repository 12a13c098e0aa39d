/**
 * Names engine: Russian personal names brought to one canonical form (case, ё/е, hyphens,
 * initials, grammatical case, Latin spelling) and the comparison of person records with a
 * confidence. Plain Java, no framework code.
 */
package ru.probity.procurement.names;
