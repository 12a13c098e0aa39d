package ru.probity.declarations;

import java.time.LocalDate;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.probity.platform.Mailer;
import ru.probity.platform.Reminders;
import ru.probity.platform.RussianFormats;

/**
 * Reminders of the terms of declarations, like the acknowledgements' ones: an e-mail to the
 * employee whose obligation is not filed when its term is within {@code
 * probity.declarations.remind-days-before} days (14), and once more when it has passed. Sent only
 * when an SMTP server is configured and the employee has an e-mail; each reminder is recorded in
 * {@code declaration_reminder} once sent, so none goes twice and a failed one is tried on the next
 * run. The overdue letter goes only for an obligation that existed before its term passed (not for
 * one an officer creates afterwards to enter an old paper declaration). In the application, «Мои
 * справки» shows the same warnings ({@link #warnings}).
 */
@Component
class DeclarationReminders {

    private static final long LOCK = 0x44454352L; // "DECR"

    private final ReminderStore store;
    private final Reminders reminders;
    private final Mailer mailer;
    private final DeclarationTexts texts;
    private final int daysBefore;
    private final FilingRegimeSettings regime;

    DeclarationReminders(
            ReminderStore store,
            Reminders reminders,
            Mailer mailer,
            DeclarationTexts texts,
            DeclarationSettings settings,
            FilingRegimeSettings regime) {
        this.regime = regime;
        this.store = store;
        this.reminders = reminders;
        this.mailer = mailer;
        this.texts = texts;
        this.daysBefore = settings.remindDaysBefore();
    }

    /** A warning of «Мои справки»: an obligation not filed whose term is near or past. */
    record Warning(ObligationRow obligation, boolean overdue) {}

    /** The warnings for the employee's own obligations. */
    List<Warning> warnings(List<ObligationRow> mine, LocalDate today) {
        return mine.stream()
                .filter(o -> o.declarationId() == null)
                .filter(o -> o.status() != ObligationStatus.NOT_REQUIRED)
                .filter(o ->
                        o.status() == ObligationStatus.OVERDUE || !o.dueOn().isAfter(today.plusDays(daysBefore)))
                .map(o -> new Warning(o, o.status() == ObligationStatus.OVERDUE))
                .toList();
    }

    /** One instance of a cluster at a time: the lock lasts as long as the transaction. */
    @Scheduled(fixedDelayString = "${probity.declarations.reminders-interval:PT1H}", initialDelayString = "PT5M")
    void scheduled() {
        reminders.run(LOCK, "declaration reminders", job());
    }

    /** Sends the reminders that are due; returns how many were sent. */
    int send() {
        return reminders.send("declaration reminders", job());
    }

    private Reminders.Job<ReminderStore.Due> job() {
        return Reminders.job(
                () -> store.due(daysBefore, regime.waived()), this::letter, d -> store.sent(d.id(), d.reminder()));
    }

    private Reminders.Letter letter(ReminderStore.Due d) {
        String kind = d.reminder().mailKey();
        Object[] args = {
            d.name(),
            d.year(),
            RussianFormats.date(d.dueOn()),
            mailer.link("/declarations/obligations/" + d.id() + "/form"),
            texts.text("declarations.kind." + d.kind())
        };
        return new Reminders.Letter(
                d.email(),
                texts.text("declarations.mail." + kind + ".subject", args),
                texts.text("declarations.mail." + kind + ".body", args),
                "declaration obligation " + d.id());
    }
}
