/**
 * Employee notifications ("уведомления") and their registers ("журналы"): inducement to corruption
 * (273-ФЗ ст.9), personal interest that may lead to a conflict of interest (273-ФЗ ст.11), other
 * paid work (25-ФЗ ст.11 ч.2), gifts (ПП РФ №10: the handover act, valuation and buy-back, never the
 * conduct commission), the application on the family's income (Указ №821 п.16 «б»), a former
 * official's request for consent and a new employer's notice (273-ФЗ ст.12), unpaid management of a
 * non-profit (25-ФЗ ст.14 ч.1 п.3 «б»), foreign awards (ст.14 ч.1 п.10) and trust management
 * (273-ФЗ ст.11 ч.6). The review's term runs from receipt (Указ №821). Filed online by the
 * employee or registered from paper by the officer; a gap-free registration number per
 * organization, kind and year; the officer's preliminary review with a motivated conclusion; sent
 * to the commission ({@link ru.probity.notifications.NotificationSentToCommission}) or closed; the
 * commission's decision comes back as {@link ru.probity.cases.CaseDecided}. The course of a
 * notification is {@code notifications.model.NotificationStatus}, free of Spring.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"access", "audit", "cases", "org", "platform", "portal", "region", "tasks"})
package ru.probity.notifications;
