package ru.probity.notifications;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.probity.cases.CaseDecided;

/**
 * The commission's decisions on notifications it was sent: heard in the voting transaction, so the
 * register and the minutes never disagree (a notification that was not sent refuses, and the vote
 * is undone with it).
 */
@Component
class NotificationDecisions {

    private final Notifications notifications;

    NotificationDecisions(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(CaseDecided decided) {
        if (decided.from(NotificationSentToCommission.SOURCE_TYPE)) {
            notifications.recordCommissionDecision(decided.sourceId(), decided.decidedOn(), decided.minuted());
        }
    }
}
