package ru.probity.declarations;

/**
 * Published when an officer sends the materials of a finished проверка to the commission on official
 * conduct and conflicts of interest (Указ №821 п.16 «а»: materials showing incomplete or unreliable
 * сведения; п.25.1: the materials of the control of expenses). Listeners that must see the committed
 * referral use {@code @ApplicationModuleListener}. Carries the report of the проверка, the servant's
 * explanation, the requests and the findings' explanations — what the commission reads — not the
 * sealed declaration.
 *
 * @param declarationId the declaration version the проверка concerned
 * @param organizationId the declarant's organization
 * @param employeeId the declarant
 * @param year the reporting year
 * @param summary one line: the проверка, its kind and the reporting year
 * @param materials the decision, the report, the explanation, the requests and the findings
 * @param verificationId the проверка whose report goes
 * @param expenseControl whether it was the control of expenses (230-ФЗ; Указ №821 п.25.1)
 */
public record DeclarationSentToCommission(
        long declarationId,
        long organizationId,
        long employeeId,
        int year,
        String summary,
        String materials,
        long verificationId,
        boolean expenseControl) {}
