package ru.probity.declarations;

/**
 * Published when an officer sends the results of a declaration's check to the commission on official
 * conduct and conflicts of interest (Указ №821 п.16 «а»: materials showing incomplete or unreliable
 * сведения). Listeners that must see the committed referral use {@code @ApplicationModuleListener}.
 * Carries the findings' explanations and the officer's report — what the commission reads — not the
 * sealed declaration.
 *
 * @param declarationId the declaration version that was checked
 * @param organizationId the declarant's organization
 * @param employeeId the declarant
 * @param year the reporting year
 * @param summary one line: the reporting year and the rules that fired
 * @param materials the findings' explanations, numbered, and the officer's report
 */
public record DeclarationSentToCommission(
        long declarationId, long organizationId, long employeeId, int year, String summary, String materials) {}
