package ru.probity.declarations;

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

    private static final Logger log = LoggerFactory.getLogger(DeclarationReminders.class);
    private static final long LOCK = 0x44454352L; // "DECR"
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JdbcClient jdbc;
    private final SingleInstance singleInstance;
    private final Mailer mailer;
    private final MessageSource messages;
    private final int daysBefore;

    DeclarationReminders(
            JdbcClient jdbc,
            SingleInstance singleInstance,
            Mailer mailer,
            MessageSource messages,
            @Value("${probity.declarations.remind-days-before:14}") int daysBefore) {
        this.jdbc = jdbc;
        this.singleInstance = singleInstance;
        this.mailer = mailer;
        this.messages = messages;
        this.daysBefore = daysBefore;
    }

    /** A warning of «Мои справки»: an obligation not filed whose term is near or past. */
    record Warning(ObligationRow obligation, boolean overdue) {}

    /** The warnings for the employee's own obligations. */
    List<Warning> warnings(List<ObligationRow> mine, LocalDate today) {
        return mine.stream()
                .filter(o -> o.declarationId() == null)
                .filter(o ->
                        o.status() == ObligationStatus.OVERDUE || !o.dueOn().isAfter(today.plusDays(daysBefore)))
                .map(o -> new Warning(o, o.status() == ObligationStatus.OVERDUE))
                .toList();
    }

    private record Due(
            long id, String email, String name, ObligationKind kind, int year, LocalDate dueOn, boolean overdue) {}

    /** One instance of a cluster at a time: the lock lasts as long as the transaction. */
    @Scheduled(fixedDelayString = "${probity.declarations.reminders-interval:PT1H}", initialDelayString = "PT5M")
    void scheduled() {
        singleInstance.run(LOCK, this::send);
    }

    /** Sends the reminders that are due; returns how many were sent. */
    int send() {
        if (!mailer.configured()) {
            return 0;
        }
        List<Due> due = jdbc.sql("""
                select ob.id, e.email, e.first_name || coalesce(' ' || e.middle_name, '') as name, ob.kind, ob.year,
                       ob.due_on, ob.due_on < current_date as overdue
                from declaration_obligation ob join employee e on e.id = ob.employee_id
                where e.active and nullif(trim(e.email), '') is not null
                  and not exists (select 1 from declaration d where d.obligation_id = ob.id)
                  and ((ob.due_on < current_date and cast(ob.created_at as date) <= ob.due_on
                        and not exists (select 1 from declaration_reminder r
                                        where r.obligation_id = ob.id and r.kind = 'OVERDUE'))
                    or (ob.due_on >= current_date and ob.due_on <= current_date + cast(? as int)
                        and not exists (select 1 from declaration_reminder r
                                        where r.obligation_id = ob.id and r.kind = 'DUE')))
                order by ob.id limit 1000""")
                .param(daysBefore)
                .query((rs, n) -> new Due(
                        rs.getLong("id"),
                        rs.getString("email").strip(),
                        rs.getString("name"),
                        ObligationKind.valueOf(rs.getString("kind")),
                        rs.getInt("year"),
                        rs.getObject("due_on", LocalDate.class),
                        rs.getBoolean("overdue")))
                .list();
        int sent = 0;
        for (Due d : due) {
            String kind = d.overdue() ? "overdue" : "due";
            Object[] args = {
                d.name(),
                d.year(),
                DATE.format(d.dueOn()),
                mailer.link("/declarations/obligations/" + d.id() + "/form"),
                messages.getMessage("declarations.kind." + d.kind(), null, RU)
            };
            if (!mailer.send(
                    d.email(),
                    messages.getMessage("declarations.mail." + kind + ".subject", args, RU),
                    messages.getMessage("declarations.mail." + kind + ".body", args, RU),
                    "declaration obligation " + d.id())) {
                continue;
            }
            jdbc.sql("insert into declaration_reminder (obligation_id, kind) values (?, ?) on conflict do nothing")
                    .params(d.id(), d.overdue() ? "OVERDUE" : "DUE")
                    .update();
            sent++;
        }
        if (sent > 0) {
            log.info("Sent {} declaration reminders", sent);
        }
        return sent;
    }
}
