package ru.probity.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.platform.Mailer;
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
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JdbcClient jdbc;
    private final SingleInstance singleInstance;
    private final Mailer mailer;
    private final MessageSource messages;
    private final AccessLog accessLog;
    private final int daysBefore;
    private final int retentionDays;

    ReportJobs(
            JdbcClient jdbc,
            SingleInstance singleInstance,
            Mailer mailer,
            MessageSource messages,
            AccessLog accessLog,
            @Value("${probity.reports.remind-days-before:3}") int daysBefore,
            @Value("${probity.reports.retention-days:1825}") int retentionDays) {
        this.jdbc = jdbc;
        this.singleInstance = singleInstance;
        this.mailer = mailer;
        this.messages = messages;
        this.accessLog = accessLog;
        this.daysBefore = daysBefore;
        this.retentionDays = retentionDays;
    }

    @Scheduled(fixedDelayString = "${probity.reports.jobs-interval:PT1H}", initialDelayString = "PT5M")
    void scheduled() {
        singleInstance.run(REMIND_LOCK, this::remind);
        singleInstance.run(RETAIN_LOCK, this::deleteExpired);
    }

    private record Due(long id, String email, String number, LocalDate term, boolean overdue) {}

    /** Sends at most one reminder a day per open assigned report whose term is near or past. */
    int remind() {
        if (!mailer.configured()) {
            return 0;
        }
        List<Due> due = jdbc.sql("""
                select r.id, e.email, r.registration_number as number, t.term,
                       t.term < current_date as overdue
                from report r join app_user u on u.id = r.assignee_id join employee e on e.id = u.employee_id
                cross join lateral (select case when r.status = 'NEW' then r.register_by
                                               else coalesce(r.answer_by, r.redirect_by) end as term) t
                where r.status in ('NEW', 'REGISTERED') and e.email is not null and t.term is not null
                  and t.term <= current_date + cast(? as int)
                  and (r.reminded_on is null or r.reminded_on < current_date)
                order by r.id limit 1000""")
                .param(daysBefore)
                .query((rs, n) -> new Due(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getDate(4).toLocalDate(),
                        rs.getBoolean(5)))
                .list();
        int sent = 0;
        for (Due d : due) {
            String kind = d.overdue() ? "overdue" : "due";
            Object[] args = {
                d.number() == null ? messages.getMessage("reports.mail.noNumber", null, RU) : d.number(),
                DATE.format(d.term()),
                mailer.link("/reports/" + d.id())
            };
            if (!mailer.send(
                    d.email(),
                    messages.getMessage("reports.mail." + kind + ".subject", args, RU),
                    messages.getMessage("reports.mail." + kind + ".body", args, RU),
                    "report " + d.id())) {
                continue;
            }
            jdbc.sql("update report set reminded_on = current_date where id = ?")
                    .param(d.id())
                    .update();
            sent++;
        }
        if (sent > 0) {
            log.info("Sent {} report reminders", sent);
        }
        return sent;
    }

    /** Deletes closed reports older than the retention period; returns how many. */
    int deleteExpired() {
        List<long[]> expired = jdbc.sql("select id, organization_id from report where closed_on is not null"
                        + " and closed_on < current_date - cast(? as int) order by id limit 1000")
                .param(retentionDays)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        for (long[] r : expired) {
            jdbc.sql("delete from report where id = ?").param(r[0]).update();
            accessLog.recordAs("system", AccessAction.DELETE, Reports.SUBJECT, r[0], r[1], "retention period ended");
        }
        if (!expired.isEmpty()) {
            log.info("Deleted {} closed reports after the retention period of {} days", expired.size(), retentionDays);
        }
        return expired.size();
    }
}
