package ru.probity.procurement.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A legal entity that founded (owns a share of) another company (СвУчредит/УчрЮЛРос, УчрЮЛИн).
 *
 * @param inn the founder's INN (10 digits) when given; foreign founders may have none
 * @param sharePercent its share of the charter capital in percent, null if unknown
 */
public record CompanyShare(
        String inn, String ogrn, String name, BigDecimal sharePercent, LocalDate since, LocalDate until) {}
