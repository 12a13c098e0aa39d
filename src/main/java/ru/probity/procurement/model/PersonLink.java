package ru.probity.procurement.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A natural person tied to a company.
 *
 * @param inn the person's INN (12 digits) when the register gives it, else null
 * @param role director, board member, founder
 * @param post the post as written (e.g. «ГЕНЕРАЛЬНЫЙ ДИРЕКТОР»), null for founders
 * @param sharePercent a founder's share of the charter capital in percent, null if unknown
 * @param since the date of the register entry that made the tie, if known
 * @param until the date the tie ended (a later extract no longer has it), null while it holds
 */
public record PersonLink(
        String inn,
        PersonName name,
        CompanyRole role,
        String post,
        BigDecimal sharePercent,
        LocalDate since,
        LocalDate until) {}
