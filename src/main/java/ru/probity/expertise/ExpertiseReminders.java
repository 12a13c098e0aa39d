package ru.probity.expertise;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.probity.platform.Mailer;
import ru.probity.platform.Messages;
import ru.probity.platform.Reminders;
import ru.probity.platform.RussianFormats;

/**
 * E-mail reminders of the terms of the municipal procedure: to the assigned expert when the
 * conclusion's term is near ({@code probity.expertise.remind-days-before}) and when it has passed;
 * to the developer of the answers to a signed conclusion, the same way. Sent only when an SMTP server
 * is configured and the recipient has an e-mail; each recorded once sent ({@code expertise_reminder}).
 * In the application «Мои задачи» and the sidebar badge remind.
 */
@Component
class ExpertiseReminders {

    private static final long LOCK = 0x45585052L; // "EXPR"

    private final ExpertiseStore store;
    private final Reminders reminders;
    private final Mailer mailer;
    private final Messages messages;
    private final ExpertiseSettings settings;

    ExpertiseReminders(
            ExpertiseStore store, Reminders reminders, Mailer mailer, Messages messages, ExpertiseSettings settings) {
        this.store = store;
        this.reminders = reminders;
        this.mailer = mailer;
        this.messages = messages;
        this.settings = settings;
    }

    /** One instance of a cluster at a time: the lock lasts as long as the transaction. */
    @Scheduled(fixedDelayString = "${probity.expertise.reminders-interval:PT1H}", initialDelayString = "PT5M")
    void scheduled() {
        reminders.run(LOCK, "expertise reminders", job());
    }

    /** Sends the reminders that are due; returns how many were sent. */
    int send() {
        return reminders.send("expertise reminders", job());
    }

    private Reminders.Job<ExpertiseStore.Reminder> job() {
        return Reminders.job(() -> store.remindersDue(settings.remindDaysBefore()), this::letter, store::reminded);
    }

    private Reminders.Letter letter(ExpertiseStore.Reminder r) {
        String kind = "expertise.mail." + r.recipient().toLowerCase() + (r.overdue() ? ".overdue" : ".due");
        Object[] args = {
            r.name(), r.title(), RussianFormats.date(r.dueOn()), mailer.link("/expertise/" + r.documentId())
        };
        return new Reminders.Letter(
                r.email(),
                messages.text(kind + ".subject", args),
                messages.text(kind + ".body", args),
                "expertise " + r.documentId() + " " + r.recipient());
    }
}
