package ru.probity.acts;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.probity.platform.Mailer;
import ru.probity.platform.Messages;
import ru.probity.platform.Reminders;
import ru.probity.platform.RussianFormats;

/**
 * E-mail reminders to employees who have not acknowledged an act: one when the due date is near
 * ({@code probity.acts.remind-days-before}), one when it has passed. Sent only when an SMTP server
 * is configured ({@code spring.mail.host}) and the employee has an e-mail; each reminder is recorded
 * once sent, so a failed one is tried again on the next run. In the application itself the menu
 * badge and the overdue marks remind.
 */
@Component
class AcknowledgementReminders {

    private static final long LOCK = 0x52454d44L; // "REMD"

    private final AcknowledgementStore store;
    private final Reminders reminders;
    private final Mailer mailer;
    private final Messages messages;
    private final ActSettings settings;

    AcknowledgementReminders(
            AcknowledgementStore store, Reminders reminders, Mailer mailer, Messages messages, ActSettings settings) {
        this.store = store;
        this.reminders = reminders;
        this.mailer = mailer;
        this.messages = messages;
        this.settings = settings;
    }

    /** One instance of a cluster at a time: the lock lasts as long as the transaction. */
    @Scheduled(fixedDelayString = "${probity.acts.reminders-interval:PT1H}", initialDelayString = "PT5M")
    void scheduled() {
        reminders.run(LOCK, "acknowledgement reminders", job());
    }

    /** Sends the reminders that are due; returns how many were sent. */
    int send() {
        return reminders.send("acknowledgement reminders", job());
    }

    private Reminders.Job<AcknowledgementStore.Reminder> job() {
        return Reminders.job(() -> store.remindersDue(settings.remindDaysBefore()), this::letter, store::reminded);
    }

    private Reminders.Letter letter(AcknowledgementStore.Reminder d) {
        String kind = d.overdue() ? "overdue" : "due";
        Object[] args = {d.name(), d.title(), RussianFormats.date(d.dueOn()), mailer.link("/acknowledgements/" + d.id())
        };
        return new Reminders.Letter(
                d.email(),
                messages.text("acts.mail." + kind + ".subject", args),
                messages.text("acts.mail." + kind + ".body", args),
                "acknowledgement " + d.id());
    }
}
