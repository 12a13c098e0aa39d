package ru.probity.reports;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.probity.platform.Mailer;
import ru.probity.platform.Messages;
import ru.probity.platform.Reminders;
import ru.probity.platform.RussianFormats;

/**
 * The reports' scheduled work, on one instance of a cluster (a PostgreSQL advisory lock held for
 * the transaction): e-mail reminders to the assigned officer before a term and when it has passed
 * (no content in the letter — only the number and the link). Nothing is deleted by a job: a report
 * past its retention period is destroyed only by an act after expert review ({@link
 * ReportHandling#destroy}).
 */
@Component
class ReportJobs {

    private static final long REMIND_LOCK = 0x52505452L; // "RPTR"

    private final ReportStore store;
    private final Reminders reminders;
    private final Mailer mailer;
    private final Messages messages;
    private final int daysBefore;

    ReportJobs(ReportStore store, Reminders reminders, Mailer mailer, Messages messages, ReportSettings settings) {
        this.store = store;
        this.reminders = reminders;
        this.mailer = mailer;
        this.messages = messages;
        this.daysBefore = settings.remindDaysBefore();
    }

    @Scheduled(fixedDelayString = "${probity.reports.jobs-interval:PT1H}", initialDelayString = "PT5M")
    void scheduled() {
        reminders.run(REMIND_LOCK, "report reminders", reminderJob());
    }

    /** Sends at most one reminder a day per open assigned report whose term is near or past. */
    int remind() {
        return reminders.send("report reminders", reminderJob());
    }

    private Reminders.Job<ReportStore.Due> reminderJob() {
        return Reminders.job(() -> store.due(daysBefore), this::letter, d -> store.remindedToday(d.id()));
    }

    /** The letter names only the number, the term and the link: no content of the report. */
    private Reminders.Letter letter(ReportStore.Due d) {
        String kind = d.overdue() ? "overdue" : "due";
        Object[] args = {
            d.number() == null ? messages.text("reports.mail.noNumber") : d.number(),
            RussianFormats.date(d.term()),
            mailer.link("/reports/" + d.id())
        };
        return new Reminders.Letter(
                d.email(),
                messages.text("reports.mail." + kind + ".subject", args),
                messages.text("reports.mail." + kind + ".body", args),
                "report " + d.id());
    }
}
