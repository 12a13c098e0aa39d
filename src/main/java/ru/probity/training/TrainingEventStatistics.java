package ru.probity.training;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.Organizations;
import ru.probity.platform.RegionTime;
import ru.probity.platform.Spreadsheet;
import ru.probity.platform.Spreadsheet.Column;

/**
 * Training by organization over the viewer's subtree: per organization, the employees enrolled into
 * the events of a period (by their first session), those who attended, completed, got a
 * certificate; and the onboarding coverage today — the newly appointed of the mandatory onboarding
 * events' audiences (appointed within each event's number of days), how many are enrolled and how
 * many completed. Also as XLSX with every participant.
 */
@Service
@Transactional(readOnly = true)
public class TrainingEventStatistics {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final AccessLog accessLog;
    private final MessageSource messages;
    private final RegionTime regionTime;

    TrainingEventStatistics(
            JdbcClient jdbc,
            Organizations organizations,
            AccessLog accessLog,
            MessageSource messages,
            RegionTime regionTime) {
        this.regionTime = regionTime;
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.accessLog = accessLog;
        this.messages = messages;
    }

    public record ByOrganization(
            long organizationId,
            String organization,
            int depth,
            int enrolled,
            int attended,
            int completed,
            int certificates,
            int newcomers,
            int newcomersEnrolled,
            int newcomersCompleted) {
        /** The share of the newly appointed enrolled into onboarding, %. */
        public int coveragePercent() {
            return newcomers == 0 ? 0 : newcomersEnrolled * 100 / newcomers;
        }
    }

    /** One participant of the register. */
    public record Line(
            String event,
            TrainingEvents.Kind kind,
            LocalDateTime firstStart,
            String organization,
            String employee,
            String post,
            String status,
            String source,
            int sessions,
            int attended,
            boolean testPassed,
            boolean completed,
            boolean certificate) {}

    public List<ByOrganization> byOrganization(CurrentUser user, LocalDate from, LocalDate to) {
        QuestionBank.requireReader(user);
        String scope = organizations.scopePath(user);
        int base = (int) scope.chars().filter(c -> c == '/').count();
        Map<String, int[]> figures = new TreeMap<>();
        Map<String, Object[]> names = new TreeMap<>();
        jdbc.sql("""
                select o.id, o.name, o.path,
                       count(*) filter (where p.status = 'ENROLLED') as enrolled,
                       count(*) filter (where p.status = 'ENROLLED' and p.attended > 0) as attended,
                       count(*) filter (where p.completed) as completed,
                       count(*) filter (where p.certificate_issued_at is not null) as certificates
                from training_participation p join training_event ev on ev.id = p.event_id
                join employee e on e.id = p.employee_id join organization o on o.id = e.organization_id
                cross join lateral (select min(s.starts_at) as first_start from training_session s where s.event_id = ev.id) f
                where o.path like :scope || '%' and not ev.cancelled
                  and (cast(:from as date) is null or (f.first_start at time zone :zone)::date >= :from)
                  and (cast(:to as date) is null or (f.first_start at time zone :zone)::date <= :to)
                group by o.id, o.name, o.path""")
                .param("scope", scope)
                .param("from", from)
                .param("to", to)
                .param("zone", regionTime.id())
                .query((rs, n) -> {
                    String path = rs.getString("path");
                    names.put(path, new Object[] {rs.getLong("id"), rs.getString("name")});
                    int[] f = figures.computeIfAbsent(path, p -> new int[7]);
                    f[0] = rs.getInt("enrolled");
                    f[1] = rs.getInt("attended");
                    f[2] = rs.getInt("completed");
                    f[3] = rs.getInt("certificates");
                    return path;
                })
                .list();
        jdbc.sql("""
                with newcomer as (
                    select e.id, e.organization_id,
                           bool_or(coalesce(p.status = 'ENROLLED', false)) as enrolled,
                           bool_or(coalesce(p.completed, false)) as completed
                    from training_event ev
                    join employee e on e.active and e.appointed_on >= current_date - ev.onboarding_days
                    join organization eo on eo.id = e.organization_id
                    left join training_participation p on p.event_id = ev.id and p.employee_id = e.id
                    where ev.onboarding_days is not null and not ev.cancelled and eo.path like :scope || '%'
                      and""" + TrainingEvents.AUDIENCE + """
                    group by e.id, e.organization_id)
                select o.id, o.name, o.path, count(*) as newcomers, count(*) filter (where n.enrolled) as enrolled,
                       count(*) filter (where n.completed) as completed
                from newcomer n join organization o on o.id = n.organization_id
                group by o.id, o.name, o.path""")
                .param("scope", scope)
                .query((rs, n) -> {
                    String path = rs.getString("path");
                    names.put(path, new Object[] {rs.getLong("id"), rs.getString("name")});
                    int[] f = figures.computeIfAbsent(path, p -> new int[7]);
                    f[4] = rs.getInt("newcomers");
                    f[5] = rs.getInt("enrolled");
                    f[6] = rs.getInt("completed");
                    return path;
                })
                .list();
        return figures.entrySet().stream()
                .map(entry -> {
                    Object[] name = names.get(entry.getKey());
                    int[] f = entry.getValue();
                    return new ByOrganization(
                            (Long) name[0],
                            (String) name[1],
                            (int) entry.getKey().chars().filter(c -> c == '/').count() - base,
                            f[0],
                            f[1],
                            f[2],
                            f[3],
                            f[4],
                            f[5],
                            f[6]);
                })
                .toList();
    }

    /** Every participant of the subtree in the events of the period. */
    public List<Line> register(CurrentUser user, LocalDate from, LocalDate to) {
        QuestionBank.requireReader(user);
        return jdbc.sql("""
                select ev.title, ev.kind, f.first_start, o.name as organization,
                       e.last_name || ' ' || e.first_name || coalesce(' ' || e.middle_name, '') as employee, e.post,
                       p.status, p.source, p.sessions, p.attended, p.test_passed, p.completed,
                       p.certificate_issued_at is not null as certificate
                from training_participation p join training_event ev on ev.id = p.event_id
                join employee e on e.id = p.employee_id join organization o on o.id = e.organization_id
                cross join lateral (select min(s.starts_at) as first_start from training_session s where s.event_id = ev.id) f
                where o.path like :scope || '%' and not ev.cancelled
                  and (cast(:from as date) is null or (f.first_start at time zone :zone)::date >= :from)
                  and (cast(:to as date) is null or (f.first_start at time zone :zone)::date <= :to)
                order by f.first_start, ev.id, o.path, employee""")
                .param("scope", organizations.scopePath(user))
                .param("from", from)
                .param("to", to)
                .param("zone", regionTime.id())
                .query((rs, n) -> new Line(
                        rs.getString("title"),
                        TrainingEvents.Kind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("first_start") == null
                                ? null
                                : regionTime.local(
                                        rs.getTimestamp("first_start").toInstant()),
                        rs.getString("organization"),
                        rs.getString("employee"),
                        rs.getString("post"),
                        rs.getString("status"),
                        rs.getString("source"),
                        rs.getInt("sessions"),
                        rs.getInt("attended"),
                        rs.getBoolean("test_passed"),
                        rs.getBoolean("completed"),
                        rs.getBoolean("certificate")))
                .list();
    }

    /** Both as an XLSX workbook: «По организациям» and «Участники»; the export goes to the access log. */
    @Transactional
    public void writeXlsx(CurrentUser user, LocalDate from, LocalDate to, OutputStream out) throws IOException {
        List<ByOrganization> stats = byOrganization(user, from, to);
        List<Line> lines = register(user, from, to);
        accessLog.record(
                AccessAction.EXPORT,
                "TRAINING_EVENT",
                null,
                user.organizationId(),
                "training statistics " + (from == null ? "" : from) + "…" + (to == null ? "" : to) + ": " + lines.size()
                        + " participants");
        try (Spreadsheet workbook = new Spreadsheet()) {
            Spreadsheet.Table summary = workbook.table(
                    text("training.events.xlsx.sheet.organizations"),
                    new Column(text("person.field.organization"), 70),
                    new Column(text("training.events.xlsx.enrolled"), 16),
                    new Column(text("training.events.xlsx.attended"), 16),
                    new Column(text("training.events.xlsx.completed"), 16),
                    new Column(text("training.events.xlsx.certificates"), 16),
                    new Column(text("training.events.xlsx.newcomers"), 16),
                    new Column(text("training.events.xlsx.newcomersEnrolled"), 16),
                    new Column(text("training.events.xlsx.newcomersCompleted"), 16),
                    new Column(text("training.events.xlsx.coverage"), 16));
            for (ByOrganization s : stats) {
                summary.row(
                        "  ".repeat(Math.max(0, s.depth())) + s.organization(),
                        s.enrolled(),
                        s.attended(),
                        s.completed(),
                        s.certificates(),
                        s.newcomers(),
                        s.newcomersEnrolled(),
                        s.newcomersCompleted(),
                        s.coveragePercent());
            }
            Spreadsheet.Table register = workbook.table(
                    text("training.events.xlsx.sheet.participants"),
                    new Column(text("training.events.xlsx.event"), 40),
                    new Column(text("training.events.field.kind"), 14),
                    new Column(text("training.events.xlsx.start"), 14),
                    new Column(text("person.field.organization"), 40),
                    new Column(text("acts.employee"), 40),
                    new Column(text("person.field.post"), 40),
                    new Column(text("training.events.xlsx.enrolment"), 14),
                    new Column(text("training.events.xlsx.sessions"), 14),
                    new Column(text("training.events.xlsx.attendedSessions"), 14),
                    new Column(text("training.events.xlsx.testPassed"), 14),
                    new Column(text("training.events.xlsx.completedOne"), 14),
                    new Column(text("training.events.xlsx.certificate"), 14));
            for (Line l : lines) {
                register.row(
                        l.event(),
                        text("training.events.kind." + l.kind()),
                        l.firstStart() == null ? null : DATE.format(l.firstStart()),
                        l.organization(),
                        l.employee(),
                        l.post(),
                        text(
                                "CANCELLED".equals(l.status())
                                        ? "training.events.xlsx.source.CANCELLED"
                                        : "training.events.xlsx.source." + l.source()),
                        l.sessions(),
                        l.attended(),
                        text(l.testPassed() ? "training.events.xlsx.yes" : "training.events.xlsx.no"),
                        l.completed() ? text("training.events.xlsx.yes") : null,
                        l.certificate() ? text("training.events.xlsx.issued") : null);
            }
            workbook.write(out);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, RU);
    }
}
