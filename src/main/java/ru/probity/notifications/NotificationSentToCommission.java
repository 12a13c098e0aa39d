package ru.probity.notifications;

import java.time.LocalDate;

/**
 * Published when the officer sends a registered notification to the commission on official
 * conduct and conflicts of interest: the commission opens a case with these materials.
 *
 * @param organizationId the employer whose register holds the notification
 * @param employeeId the employee concerned, when he is in the people records
 * @param conclusion the officer's motivated conclusion (Указ №821)
 */
public record NotificationSentToCommission(
        long notificationId,
        long organizationId,
        Long employeeId,
        NotificationKind kind,
        String registrationNumber,
        LocalDate registeredOn,
        String personName,
        String personPost,
        String summary,
        String conclusion) {

    /**
     * The source type of the commission's cases that come from notifications: the case's decision
     * ({@code cases.CaseDecided}) comes back under it.
     */
    public static final String SOURCE_TYPE = "NOTIFICATION";
}
