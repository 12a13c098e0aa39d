package ru.probity.reports;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.platform.Mailer;
import ru.probity.platform.Messages;
import ru.probity.platform.Reminders;
import ru.probity.platform.RussianFormats;
import ru.probity.platform.SingleInstance;

/**
 * The reports' scheduled work, each on one instance of a cluster (a PostgreSQL advisory lock held
 * for the transaction): e-mail reminders to the assigned officer before a term and when it has
 * passed (no content in the letter — only the number and the link), and the deletion of closed
 * reports after the retention period, each deletion written to the access log.
 */
@Component
class ReportJobs {

    private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);
    private static final long REMIND_LOCK = 0x52505452L; // "RPTR"
    private static final long RETAIN_LOCK = 0x52505444L; // "RPTD"

    private final ReportStore store;
    private final SingleInstance singleInstance;
    private final Reminders reminders;
    private final Mailer mailer;
    private final Messages messages;
    private final AccessLog accessLog;
    private final int daysBefore;
    private final int retentionDays;

    ReportJobs(
            ReportStore store,
            SingleInstance singleInstance,
            Reminders reminders,
            Mailer mailer,
            Messages messages,
            AccessLog accessLog,
            ReportSettings settings) {
        this.store = store;
        this.singleInstance = singleInstance;
        this.reminders = reminders;
        this.mailer = mailer;
        this.messages = messages;
        this.accessLog = accessLog;
        this.daysBefore = settings.remindDaysBefore();
        this.retentionDays = settings.retentionDays();
    }

    @Scheduled(fixedDelayString = "${probity.reports.jobs-interval:PT1H}", initialDelayString = "PT5M")
    void scheduled() {
        reminders.run(REMIND_LOCK, "report reminders", reminderJob());
        singleInstance.run(RETAIN_LOCK, this::deleteExpired);
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

    /** Deletes closed reports older than the retention period; returns how many. */
    int deleteExpired() {
        List<ReportStore.Expired> expired = store.closedBefore(retentionDays);
        for (ReportStore.Expired r : expired) {
            store.delete(r.id());
            accessLog.recordAs(
                    "system",
                    AccessAction.DELETE,
                    Reports.SUBJECT,
                    r.id(),
                    r.organizationId(),
                    "retention period ended");
        }
        if (!expired.isEmpty()) {
            log.info("Deleted {} closed reports after the retention period of {} days", expired.size(), retentionDays);
        }
        return expired.size();
    }
}
