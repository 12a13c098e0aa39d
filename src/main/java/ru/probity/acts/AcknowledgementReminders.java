package ru.probity.acts;

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
import ru.probity.platform.Mailer;
import ru.probity.platform.SingleInstance;

/**
 * E-mail reminders to employees who have not acknowledged an act: one when the due date is near,
 * one when it has passed. Sent only when an SMTP server is configured ({@code spring.mail.host})
 * and the employee has an e-mail; each reminder is recorded once sent, so a failed one is tried
 * again on the next run. In the application itself the menu badge and the overdue marks remind.
 */
@Component
class AcknowledgementReminders {

    private static final Logger log = LoggerFactory.getLogger(AcknowledgementReminders.class);
    private static final long LOCK = 0x52454d44L; // "REMD"
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JdbcClient jdbc;
    private final SingleInstance singleInstance;
    private final Mailer mailer;
    private final MessageSource messages;
    private final int daysBefore;

    AcknowledgementReminders(
            JdbcClient jdbc,
            SingleInstance singleInstance,
            Mailer mailer,
            MessageSource messages,
            @Value("${probity.acts.remind-days-before:3}") int daysBefore) {
        this.jdbc = jdbc;
        this.singleInstance = singleInstance;
        this.mailer = mailer;
        this.messages = messages;
        this.daysBefore = daysBefore;
    }

    private record Due(long id, String email, String name, String title, LocalDate dueOn, boolean overdue) {}

    /** One instance of a cluster at a time: the lock lasts as long as the transaction. */
    @Scheduled(fixedDelayString = "${probity.acts.reminders-interval:PT1H}", initialDelayString = "PT5M")
    void scheduled() {
        singleInstance.run(LOCK, this::send);
    }

    /** Sends the reminders that are due; returns how many were sent. */
    int send() {
        if (!mailer.configured()) {
            return 0;
        }
        List<Due> due = jdbc.sql("""
                select k.id, e.email, e.first_name || coalesce(' ' || e.middle_name, '') as name, a.title, d.due_on,
                       d.due_on < current_date as overdue
                from acknowledgement k join act_distribution d on d.id = k.distribution_id
                join legal_act a on a.id = d.act_id join employee e on e.id = k.employee_id
                where k.status = 'PENDING' and e.active and e.email is not null
                  and ((d.due_on < current_date and k.reminded_after_at is null)
                    or (d.due_on >= current_date and d.due_on <= current_date + cast(? as int) and k.reminded_before_at is null))
                order by k.id limit 1000""")
                .param(daysBefore)
                .query((rs, n) -> new Due(
                        rs.getLong("id"),
                        rs.getString("email"),
                        rs.getString("name"),
                        rs.getString("title"),
                        rs.getDate("due_on").toLocalDate(),
                        rs.getBoolean("overdue")))
                .list();
        int sent = 0;
        for (Due d : due) {
            String kind = d.overdue() ? "overdue" : "due";
            Object[] args = {d.name(), d.title(), DATE.format(d.dueOn()), mailer.link("/acknowledgements/" + d.id())};
            if (!mailer.send(
                    d.email(),
                    messages.getMessage("acts.mail." + kind + ".subject", args, RU),
                    messages.getMessage("acts.mail." + kind + ".body", args, RU),
                    "acknowledgement " + d.id())) {
                continue;
            }
            jdbc.sql("update acknowledgement set " + (d.overdue() ? "reminded_after_at" : "reminded_before_at")
                            + " = now() where id = ?")
                    .param(d.id())
                    .update();
            sent++;
        }
        if (sent > 0) {
            log.info("Sent {} acknowledgement reminders", sent);
        }
        return sent;
    }
}
