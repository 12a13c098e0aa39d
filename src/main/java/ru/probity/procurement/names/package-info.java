/**
 * Names engine: Russian personal names brought to one canonical form (case, ё/е, hyphens,
 * initials, grammatical case, Latin spelling) and the comparison of person records with a
 * confidence; and the same rules the other way round for the generators of the demo region and
 * of the procurement evaluation ({@link ru.probity.procurement.names.RussianNames}: the common
 * surnames and first names, the feminine form of a surname, the patronymic, initials, Latin
 * spellings). Plain Java, no framework code. Exposed so that the demo generates its people with
 * the rules the matching reads.
 */
@org.springframework.modulith.NamedInterface("names")
package ru.probity.procurement.names;
