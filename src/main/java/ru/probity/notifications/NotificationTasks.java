package ru.probity.notifications;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.notifications.model.NotificationStatus;
import ru.probity.org.Interests;
import ru.probity.org.OwnPeople;
import ru.probity.platform.Messages;
import ru.probity.tasks.Task;
import ru.probity.tasks.TaskSource;

/**
 * «Мои задачи» of notifications, for the officer who keeps the registers of his subtree: a
 * notification filed online to register on the day it arrived; a registered one to conclude on by
 * the end of its preliminary review ({@code probity.notifications.review-working-days} working days
 * from receipt, 45 days when requests were sent, Указ №821); a concluded one to send to the
 * commission or close; a gift over 3 000 ₽ or of unknown value to hand over by act within 5 working
 * days of registration (ПП РФ №10 п.7). The tasks name
 * the journal's number, the kind and the organization, not the person (no personal data here).
 */
@Component
class NotificationTasks implements TaskSource {

    private static final int LIMIT = 1000;

    private final NotificationStore store;
    private final Messages messages;
    private final Interests interests;

    NotificationTasks(NotificationStore store, Messages messages, Interests interests) {
        this.store = store;
        this.messages = messages;
        this.interests = interests;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasksOf(CurrentUser user) {
        if (!Notifications.keeps(user)) {
            return List.of();
        }
        List<Task> tasks = new ArrayList<>();
        // never one about the official himself or his relatives (docs/security.md «Own cases»)
        OwnPeople own = interests.of(user);
        for (Notification n : open(user, own, NotificationStatus.SUBMITTED)) {
            tasks.add(task(n, "tasks.kind.notificationRegister", n.submittedOn()));
        }
        List<Notification> registered = open(user, own, NotificationStatus.REGISTERED);
        List<Notification> reviewed = open(user, own, NotificationStatus.REVIEWED);
        for (Notification n : registered) {
            // the term as it stands: from receipt, 45 days once requests are sent, as extended
            tasks.add(task(n, "tasks.kind.notificationConclude", n.reviewBy()));
        }
        for (Notification n : reviewed) {
            tasks.add(task(n, "tasks.kind.notificationForward", null));
        }
        for (List<Notification> list : List.of(registered, reviewed)) {
            for (Notification n : list) {
                if (n.giftHandoverBy() != null && n.giftHandoverOn() == null) {
                    // ПП РФ №10 п.7: the handover act within 5 working days of registration
                    tasks.add(task(n, "tasks.kind.notificationGiftHandover", n.giftHandoverBy()));
                }
            }
        }
        return tasks;
    }

    private List<Notification> open(CurrentUser user, OwnPeople own, NotificationStatus status) {
        return store.register(
                user.organizationId(),
                false,
                new Notifications.Filter(null, status, null, null, null, false),
                false,
                own,
                LIMIT);
    }

    private Task task(Notification n, String kind, java.time.LocalDate due) {
        String number = n.registrationNumber() == null ? "" : "№ " + n.registrationNumber() + " — ";
        String title =
                number + messages.text("notifications.kind." + n.kind().name()) + " (" + n.organizationName() + ")";
        return Task.of("notifications", kind, title, due, "/notifications/" + n.id());
    }
}
