package ru.probity.training;

import java.util.stream.Collectors;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.probity.platform.Mailer;
import ru.probity.platform.Messages;
import ru.probity.platform.RegionTime;
import ru.probity.platform.Reminders;
import ru.probity.platform.RussianFormats;
import ru.probity.platform.SingleInstance;

/**
 * E-mail to the participants of training events: an invitation once enrolled (by themselves, by an
 * officer or by the onboarding job) with the sessions to come; a reminder before each session; a
 * notice when the event is cancelled. Sent only when an SMTP server is configured
 * ({@code spring.mail.host}) and the employee has an e-mail; each letter is recorded once sent, so a
 * failed one is tried again on the next run, on one instance of a cluster at a time.
 */
@Component
class TrainingEventMail {

    private static final long LOCK = 0x54524D4CL; // "TRML"
    private static final int BATCH = 500;

    private final EventMailStore store;
    private final SingleInstance singleInstance;
    private final Reminders reminders;
    private final Mailer mailer;
    private final Messages messages;
    private final TrainingSettings settings;
    private final RegionTime regionTime;

    TrainingEventMail(
            EventMailStore store,
            SingleInstance singleInstance,
            Reminders reminders,
            Mailer mailer,
            Messages messages,
            TrainingSettings settings,
            RegionTime regionTime) {
        this.store = store;
        this.singleInstance = singleInstance;
        this.reminders = reminders;
        this.mailer = mailer;
        this.messages = messages;
        this.settings = settings;
        this.regionTime = regionTime;
    }

    @Scheduled(fixedDelayString = "${probity.training.mail-interval:PT10M}", initialDelayString = "PT2M")
    void scheduled() {
        singleInstance.run(LOCK, this::send);
    }

    /** Sends every letter that is due; returns how many were sent. */
    int send() {
        return reminders.send("training event invitations", invitations())
                + reminders.send("training session reminders", sessionReminders())
                + reminders.send("training event cancellations", cancellations());
    }

    private Reminders.Job<EventMailStore.Letter> invitations() {
        return Reminders.job(
                () -> store.uninvited(BATCH),
                l -> {
                    String sessions = store.sessionsToCome(l.eventId()).stream()
                            .map(this::session)
                            .collect(Collectors.joining("\n"));
                    return letter(
                            l,
                            messages.text("training.mail.invitation.subject", l.title()),
                            messages.text(
                                    "training.mail.invitation.body",
                                    l.name(),
                                    l.title(),
                                    messages.text("training.events.kind." + l.kind()),
                                    sessions,
                                    link(l)));
                },
                l -> store.invited(l.enrolmentId()));
    }

    /**
     * A reminder before each session, to those invited before the reminder's window opened (a later
     * invitation already names the session).
     */
    private Reminders.Job<EventMailStore.Reminder> sessionReminders() {
        return Reminders.job(
                () -> store.unreminded(settings.remindHoursBefore(), BATCH),
                d -> {
                    EventMailStore.Letter l = d.letter();
                    String session = session(d.session());
                    return letter(
                            l,
                            messages.text("training.mail.reminder.subject", l.title(), session),
                            messages.text("training.mail.reminder.body", l.name(), l.title(), session, link(l)));
                },
                d -> store.reminded(d.sessionId(), d.letter().enrolmentId()));
    }

    private Reminders.Job<EventMailStore.Letter> cancellations() {
        return Reminders.job(
                () -> store.untoldOfCancellation(BATCH),
                l -> letter(
                        l,
                        messages.text("training.mail.cancelled.subject", l.title()),
                        messages.text("training.mail.cancelled.body", l.name(), l.title())),
                l -> store.toldOfCancellation(l.enrolmentId()));
    }

    /** A session as a line of a letter: when (the region's time), how long, where or by which link. */
    private String session(EventMailStore.Slot slot) {
        String where =
                (slot.place() == null ? "" : ", " + slot.place()) + (slot.link() == null ? "" : ", " + slot.link());
        return messages.text(
                "training.mail.session",
                RussianFormats.DATE_TIME.format(regionTime.local(slot.startsAt())),
                slot.durationMinutes(),
                where);
    }

    private String link(EventMailStore.Letter l) {
        return mailer.link("/training/events/" + l.eventId());
    }

    private static Reminders.Letter letter(EventMailStore.Letter l, String subject, String body) {
        return new Reminders.Letter(l.email(), subject, body, "training enrolment " + l.enrolmentId());
    }
}
