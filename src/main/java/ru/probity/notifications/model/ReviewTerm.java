package ru.probity.notifications.model;

import java.time.LocalDate;
import ru.probity.platform.WorkingDays;

/**
 * The term of the preliminary review (Указ №821, the motivated conclusion): {@code workingDays}
 * working days from the day the notification was <em>received</em> — not from its registration; when
 * the reviewer sends requests, {@code daysWithRequests} calendar days from receipt, extendable once
 * by at most {@code maxExtensionDays}.
 */
public record ReviewTerm(int workingDays, int daysWithRequests, int maxExtensionDays) {

    /** The term without requests: working days from receipt. */
    public LocalDate from(LocalDate receivedOn) {
        return WorkingDays.plus(receivedOn, workingDays);
    }

    /** The term once requests are sent: calendar days from receipt. */
    public LocalDate withRequests(LocalDate receivedOn) {
        return receivedOn.plusDays(daysWithRequests);
    }

    /** Whether an extension by {@code days} is allowed (once, at most {@code maxExtensionDays}). */
    public boolean extensionAllowed(int days) {
        return days >= 1 && days <= maxExtensionDays;
    }
}
