/**
 * Employee notifications ("уведомления") and their registers ("журналы"): inducement to corruption
 * (273-ФЗ ст.9), personal interest that may lead to a conflict of interest (273-ФЗ ст.11), other
 * paid work (25-ФЗ ст.11 ч.2), gifts, the impossibility to declare the family's income, a former
 * official's request for consent and a new employer's notice (273-ФЗ ст.12). Filed online by the
 * employee or registered from paper by the officer; a gap-free registration number per
 * organization, kind and year; the officer's preliminary review with a motivated conclusion; sent
 * to the commission ({@link ru.probity.notifications.NotificationSentToCommission}) or closed; the
 * commission's decision comes back as {@link ru.probity.cases.CaseDecided}. The course of a
 * notification is {@code notifications.model.NotificationStatus}, free of Spring.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notifications",
        allowedDependencies = {"access", "audit", "cases", "org", "platform", "tasks"})
package ru.probity.notifications;
