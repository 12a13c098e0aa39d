package ru.probity.notifications;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.notifications.model.NotificationStatus;

/**
 * Notifications of the past as a region brings them along (the demo region): each registered on the
 * day it arrived with the next number of its journal and the review's term of the setting, with its
 * course so far. It writes history, so the rules of "now" (who keeps the register, the order of the
 * steps) do not apply; the status follows from the course recorded.
 */
@Service
@Transactional
public class NotificationHistory {

    private final Notifications notifications;
    private final NotificationStore store;

    NotificationHistory(Notifications notifications, NotificationStore store) {
        this.notifications = notifications;
        this.store = store;
    }

    /**
     * A notification and its course: registered (always), concluded, sent to the commission and
     * decided by it, or closed with the outcome — each step as far as its date (or text) is given.
     */
    public record Past(
            long organizationId,
            NotificationKind kind,
            String channel,
            Long employeeId,
            String personName,
            String personPost,
            String sender,
            String summary,
            Map<String, String> details,
            LocalDate registeredOn,
            String registeredBy,
            String conclusion,
            LocalDate concludedOn,
            String concludedBy,
            LocalDate sentToCommissionOn,
            LocalDate closedOn,
            String outcome,
            LocalDate commissionDecidedOn,
            String commissionDecision) {

        /** Where the course recorded has brought it. */
        NotificationStatus status() {
            if (closedOn != null) {
                return NotificationStatus.CLOSED;
            }
            if (commissionDecidedOn != null) {
                return NotificationStatus.DECIDED;
            }
            if (sentToCommissionOn != null) {
                return NotificationStatus.SENT_TO_COMMISSION;
            }
            return conclusion != null ? NotificationStatus.REVIEWED : NotificationStatus.REGISTERED;
        }
    }

    /** The notification as recorded, and the number it got. */
    public record Recorded(long id, String registrationNumber) {}

    public Recorded record(Past past, String by) {
        NotificationStore.Registration registration = notifications.registration(
                past.organizationId(), past.kind(), past.registeredOn(), past.registeredOn(), past.registeredBy());
        long id = store.insertPast(past, past.status(), registration, by);
        return new Recorded(id, registration.number());
    }
}
