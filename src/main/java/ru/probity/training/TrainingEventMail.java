package ru.probity.training;

import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.probity.platform.Mailer;
import ru.probity.platform.Messages;
import ru.probity.platform.RegionTime;
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

    private static final Logger log = LoggerFactory.getLogger(TrainingEventMail.class);
    private static final long LOCK = 0x54524D4CL; // "TRML"
    private static final int BATCH = 500;

    private final EventMailStore store;
    private final SingleInstance singleInstance;
    private final Mailer mailer;
    private final Messages messages;
    private final TrainingSettings settings;
    private final RegionTime regionTime;

    TrainingEventMail(
            EventMailStore store,
            SingleInstance singleInstance,
            Mailer mailer,
            Messages messages,
            TrainingSettings settings,
            RegionTime regionTime) {
        this.store = store;
        this.singleInstance = singleInstance;
        this.mailer = mailer;
        this.messages = messages;
        this.settings = settings;
        this.regionTime = regionTime;
    }

    @Scheduled(fixedDelayString = "${probity.training.mail-interval:PT10M}", initialDelayString = "PT2M")
    void scheduled() {
        int sent = singleInstance.call(LOCK, this::send).orElse(0);
        if (sent > 0) {
            log.info("Sent {} training event letters", sent);
        }
    }

    /** Sends every letter that is due; returns how many were sent. */
    int send() {
        if (!mailer.configured()) {
            return 0;
        }
        return invitations() + reminders() + cancellations();
    }

    private int invitations() {
        int sent = 0;
        for (EventMailStore.Letter l : store.uninvited(BATCH)) {
            String sessions = store.sessionsToCome(l.eventId()).stream()
                    .map(this::session)
                    .collect(Collectors.joining("\n"));
            String subject = messages.text("training.mail.invitation.subject", l.title());
            String body = messages.text(
                    "training.mail.invitation.body",
                    l.name(),
                    l.title(),
                    messages.text("training.events.kind." + l.kind()),
                    sessions,
                    link(l));
            if (deliver(l, subject, body)) {
                store.invited(l.enrolmentId());
                sent++;
            }
        }
        return sent;
    }

    /**
     * A reminder before each session, to those invited before the reminder's window opened (a later
     * invitation already names the session).
     */
    private int reminders() {
        List<EventMailStore.Reminder> due = store.unreminded(settings.remindHoursBefore(), BATCH);
        int sent = 0;
        for (EventMailStore.Reminder d : due) {
            EventMailStore.Letter l = d.letter();
            String session = session(d.session());
            String subject = messages.text("training.mail.reminder.subject", l.title(), session);
            String body = messages.text("training.mail.reminder.body", l.name(), l.title(), session, link(l));
            if (deliver(l, subject, body)) {
                store.reminded(d.sessionId(), l.enrolmentId());
                sent++;
            }
        }
        return sent;
    }

    private int cancellations() {
        int sent = 0;
        for (EventMailStore.Letter l : store.untoldOfCancellation(BATCH)) {
            if (deliver(
                    l,
                    messages.text("training.mail.cancelled.subject", l.title()),
                    messages.text("training.mail.cancelled.body", l.name(), l.title()))) {
                store.toldOfCancellation(l.enrolmentId());
                sent++;
            }
        }
        return sent;
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

    private boolean deliver(EventMailStore.Letter l, String subject, String body) {
        return mailer.send(l.email(), subject, body, "training enrolment " + l.enrolmentId());
    }
}
