package ru.probity.notifications;

import java.time.LocalDate;
import java.util.Map;
import ru.probity.notifications.model.NotificationStatus;

/** A notification as its card shows it. */
public record Notification(
        long id,
        long organizationId,
        String organizationPath,
        String organizationName,
        NotificationKind kind,
        NotificationStatus status,
        String channel,
        Long employeeId,
        String personName,
        String personPost,
        String sender,
        String summary,
        Map<String, String> details,
        boolean attendMeeting,
        LocalDate submittedOn,
        String registrationNumber,
        LocalDate registeredOn,
        String registeredBy,
        LocalDate reviewBy,
        String conclusion,
        LocalDate concludedOn,
        String concludedBy,
        LocalDate sentToCommissionOn,
        LocalDate closedOn,
        String outcome,
        LocalDate commissionDecidedOn,
        String commissionDecision,
        String createdBy) {

    /** Filed online and not registered by the end of the day it arrived. */
    public boolean registrationOverdue() {
        return status == NotificationStatus.SUBMITTED && submittedOn.isBefore(LocalDate.now());
    }

    /** The preliminary review's term has passed without a conclusion. */
    public boolean reviewOverdue() {
        return status == NotificationStatus.REGISTERED && reviewBy != null && reviewBy.isBefore(LocalDate.now());
    }

    public boolean overdue() {
        return registrationOverdue() || reviewOverdue();
    }

    /** The decision for the register: the commission's, or the result it was closed with. */
    public String result() {
        return commissionDecision != null ? commissionDecision : outcome;
    }

    public String detail(String field) {
        String value = details.get(field);
        return value == null ? "" : value;
    }
}
