package ru.probity.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import ru.probity.platform.Mailer;
import ru.probity.platform.RegionTime;
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
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final SingleInstance singleInstance;
    private final Mailer mailer;
    private final MessageSource messages;
    private final int remindHoursBefore;
    private final RegionTime regionTime;

    TrainingEventMail(
            JdbcClient jdbc,
            SingleInstance singleInstance,
            Mailer mailer,
            MessageSource messages,
            @Value("${probity.training.remind-hours-before:24}") int remindHoursBefore,
            RegionTime regionTime) {
        this.regionTime = regionTime;
        this.jdbc = jdbc;
        this.singleInstance = singleInstance;
        this.mailer = mailer;
        this.messages = messages;
        this.remindHoursBefore = remindHoursBefore;
    }

    private record Letter(long enrolmentId, String email, String name, long eventId, String title, String kind) {}

    private record Due(Letter letter, long sessionId, String session) {}

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
        List<Letter> due = jdbc.sql(LETTERS + """
                        where en.status = 'ENROLLED' and en.invited_at is null and not ev.cancelled
                          and exists (select 1 from training_session s where s.event_id = ev.id and s.starts_at > now())
                        order by en.id limit :batch""")
                .param("batch", BATCH)
                .query((rs, n) -> letter(rs))
                .list();
        int sent = 0;
        for (Letter l : due) {
            String sessions = jdbc.sql("""
                            select starts_at, duration_minutes, place, link from training_session
                            where event_id = ? and starts_at > now() order by starts_at""").param(l.eventId()).query((rs, n) -> session(rs)).list().stream()
                    .collect(Collectors.joining("\n"));
            String subject = text("training.mail.invitation.subject", l.title());
            String body = text(
                    "training.mail.invitation.body",
                    l.name(),
                    l.title(),
                    text("training.events.kind." + l.kind()),
                    sessions,
                    link(l));
            if (deliver(l, subject, body)) {
                jdbc.sql("update training_enrolment set invited_at = now() where id = ?")
                        .param(l.enrolmentId())
                        .update();
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
        List<Due> due = jdbc.sql(LETTERS.replace(
                                "from training_enrolment en",
                                ", s.id as session_id, s.starts_at, s.duration_minutes, s.place, s.link"
                                        + " from training_enrolment en join training_session s on s.event_id = en.event_id")
                        + """
                        where en.status = 'ENROLLED' and not ev.cancelled
                          and s.starts_at > now() and s.starts_at <= now() + make_interval(hours => :hours)
                          and en.invited_at < s.starts_at - make_interval(hours => :hours)
                          and not exists (select 1 from training_session_reminder r
                                          where r.session_id = s.id and r.enrolment_id = en.id)
                        order by s.starts_at, en.id limit :batch""")
                .param("batch", BATCH)
                .param("hours", remindHoursBefore)
                .query((rs, n) -> new Due(letter(rs), rs.getLong("session_id"), session(rs)))
                .list();
        int sent = 0;
        for (Due d : due) {
            Letter l = d.letter();
            String subject = text("training.mail.reminder.subject", l.title(), d.session());
            String body = text("training.mail.reminder.body", l.name(), l.title(), d.session(), link(l));
            if (deliver(l, subject, body)) {
                jdbc.sql("insert into training_session_reminder (session_id, enrolment_id) values (?, ?)"
                                + " on conflict do nothing")
                        .params(d.sessionId(), l.enrolmentId())
                        .update();
                sent++;
            }
        }
        return sent;
    }

    private int cancellations() {
        List<Letter> due = jdbc.sql(LETTERS + """
                        where ev.cancelled and en.status = 'ENROLLED' and en.invited_at is not null
                          and en.cancellation_sent_at is null
                          and exists (select 1 from training_session s where s.event_id = ev.id and s.starts_at > now())
                        order by en.id limit :batch""")
                .param("batch", BATCH)
                .query((rs, n) -> letter(rs))
                .list();
        int sent = 0;
        for (Letter l : due) {
            if (deliver(
                    l,
                    text("training.mail.cancelled.subject", l.title()),
                    text("training.mail.cancelled.body", l.name(), l.title()))) {
                jdbc.sql("update training_enrolment set cancellation_sent_at = now() where id = ?")
                        .param(l.enrolmentId())
                        .update();
                sent++;
            }
        }
        return sent;
    }

    private static final String LETTERS = """
            select en.id as enrolment_id, e.email, e.first_name || coalesce(' ' || e.middle_name, '') as name,
                   ev.id as event_id, ev.title, ev.kind
            from training_enrolment en join training_event ev on ev.id = en.event_id
            join employee e on e.id = en.employee_id and e.active and e.email is not null
            """;

    private static Letter letter(ResultSet rs) throws SQLException {
        return new Letter(
                rs.getLong("enrolment_id"),
                rs.getString("email"),
                rs.getString("name"),
                rs.getLong("event_id"),
                rs.getString("title"),
                rs.getString("kind"));
    }

    /** A session as a line of a letter: when (the region's time), how long, where or by which link. */
    private String session(ResultSet rs) throws SQLException {
        LocalDateTime startsAt = regionTime.local(rs.getTimestamp("starts_at").toInstant());
        String place = rs.getString("place");
        String link = rs.getString("link");
        String where = (place == null ? "" : ", " + place) + (link == null ? "" : ", " + link);
        return text("training.mail.session", WHEN.format(startsAt), rs.getInt("duration_minutes"), where);
    }

    private String link(Letter l) {
        return mailer.link("/training/events/" + l.eventId());
    }

    private boolean deliver(Letter l, String subject, String body) {
        return mailer.send(l.email(), subject, body, "training enrolment " + l.enrolmentId());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, RU);
    }
}
