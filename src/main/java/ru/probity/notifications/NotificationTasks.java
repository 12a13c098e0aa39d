package ru.probity.notifications;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.notifications.model.NotificationStatus;
import ru.probity.platform.Messages;
import ru.probity.tasks.Task;
import ru.probity.tasks.TaskSource;

/**
 * «Мои задачи» of notifications, for the officer who keeps the registers of his subtree: a
 * notification filed online to register on the day it arrived; a registered one to conclude on by
 * the end of its preliminary review ({@code probity.notifications.review-working-days} working days
 * from registration, Указ №821); a concluded one to send to the commission or close. The tasks name
 * the journal's number, the kind and the organization, not the person (no personal data here).
 */
@Component
class NotificationTasks implements TaskSource {

    private static final int LIMIT = 1000;

    private final NotificationStore store;
    private final Messages messages;

    NotificationTasks(NotificationStore store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasksOf(CurrentUser user) {
        if (!Notifications.keeps(user)) {
            return List.of();
        }
        List<Task> tasks = new ArrayList<>();
        for (Notification n : open(user, NotificationStatus.SUBMITTED)) {
            tasks.add(task(n, "tasks.kind.notificationRegister", n.submittedOn()));
        }
        for (Notification n : open(user, NotificationStatus.REGISTERED)) {
            tasks.add(task(n, "tasks.kind.notificationConclude", n.reviewBy()));
        }
        for (Notification n : open(user, NotificationStatus.REVIEWED)) {
            tasks.add(task(n, "tasks.kind.notificationForward", null));
        }
        return tasks;
    }

    private List<Notification> open(CurrentUser user, NotificationStatus status) {
        return store.register(
                user.organizationId(),
                false,
                new Notifications.Filter(null, status, null, null, null, false),
                false,
                LIMIT);
    }

    private Task task(Notification n, String kind, java.time.LocalDate due) {
        String number = n.registrationNumber() == null ? "" : "№ " + n.registrationNumber() + " — ";
        String title =
                number + messages.text("notifications.kind." + n.kind().name()) + " (" + n.organizationName() + ")";
        return Task.of("notifications", kind, title, due, "/notifications/" + n.id());
    }
}
