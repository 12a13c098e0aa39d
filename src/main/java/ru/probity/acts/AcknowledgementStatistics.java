package ru.probity.acts;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.platform.RegionTime;
import ru.probity.platform.Spreadsheet;
import ru.probity.platform.Spreadsheet.Column;

/**
 * How the organizations of a subtree acknowledge acts: per organization, the employees asked, those
 * who acknowledged, in time, and those overdue — over the distributions made in a period — and the
 * register of every acknowledgement as XLSX.
 */
@Service
@Transactional(readOnly = true)
public class AcknowledgementStatistics {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final Locale RU = Locale.forLanguageTag("ru");

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final MessageSource messages;
    private final RegionTime regionTime;

    AcknowledgementStatistics(
            JdbcClient jdbc, Organizations organizations, MessageSource messages, RegionTime regionTime) {
        this.regionTime = regionTime;
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.messages = messages;
    }

    public record ByOrganization(
            long organizationId, String organization, int depth, int asked, int acknowledged, int inTime, int overdue) {
        /** The share acknowledged in time, %. */
        public int inTimePercent() {
            return asked == 0 ? 0 : inTime * 100 / asked;
        }
    }

    /** One line of the register of acknowledgements. */
    public record Line(
            String act,
            int version,
            String organization,
            String employee,
            String post,
            LocalDate dueOn,
            String status,
            Instant acknowledgedAt,
            String method,
            boolean overdue) {}

    public List<ByOrganization> byOrganization(CurrentUser user, LocalDate from, LocalDate to) {
        requireFollower(user);
        String scope = organizations.scopePath(user);
        int base = (int) scope.chars().filter(c -> c == '/').count();
        return jdbc.sql("""
                select o.id, o.name, o.path, count(*) as asked,
                       count(*) filter (where k.status = 'ACKNOWLEDGED') as acknowledged,
                       count(*) filter (where k.status = 'ACKNOWLEDGED' and k.acknowledged_at::date <= d.due_on) as in_time,
                       count(*) filter (where k.status = 'PENDING' and d.due_on < current_date) as overdue
                from acknowledgement k join act_distribution d on d.id = k.distribution_id
                join employee e on e.id = k.employee_id join organization o on o.id = e.organization_id
                where o.path like :scope || '%'
                  and (cast(:from as date) is null or d.created_at::date >= :from)
                  and (cast(:to as date) is null or d.created_at::date <= :to)
                group by o.id, o.name, o.path order by o.path""")
                .param("scope", scope)
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new ByOrganization(
                        rs.getLong("id"),
                        rs.getString("name"),
                        (int) rs.getString("path").chars().filter(c -> c == '/').count() - base,
                        rs.getInt("asked"),
                        rs.getInt("acknowledged"),
                        rs.getInt("in_time"),
                        rs.getInt("overdue")))
                .list();
    }

    public List<Line> register(CurrentUser user, LocalDate from, LocalDate to) {
        requireFollower(user);
        return jdbc.sql("""
                select a.title, v.number, o.name as organization,
                       e.last_name || ' ' || e.first_name || coalesce(' ' || e.middle_name, '') as employee, e.post,
                       d.due_on, k.status, k.acknowledged_at, k.method,
                       (k.status = 'PENDING' and d.due_on < current_date) as overdue
                from acknowledgement k join act_distribution d on d.id = k.distribution_id
                join legal_act a on a.id = d.act_id join act_version v on v.id = d.version_id
                join employee e on e.id = k.employee_id join organization o on o.id = e.organization_id
                where o.path like :scope || '%'
                  and (cast(:from as date) is null or d.created_at::date >= :from)
                  and (cast(:to as date) is null or d.created_at::date <= :to)
                order by o.path, employee, d.created_at""")
                .param("scope", organizations.scopePath(user))
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Line(
                        rs.getString("title"),
                        rs.getInt("number"),
                        rs.getString("organization"),
                        rs.getString("employee"),
                        rs.getString("post"),
                        rs.getDate("due_on").toLocalDate(),
                        rs.getString("status"),
                        rs.getTimestamp("acknowledged_at") == null
                                ? null
                                : rs.getTimestamp("acknowledged_at").toInstant(),
                        rs.getString("method"),
                        rs.getBoolean("overdue")))
                .list();
    }

    /** Both as an XLSX workbook: «По организациям» and «Реестр ознакомлений». */
    public void writeXlsx(CurrentUser user, LocalDate from, LocalDate to, OutputStream out) throws IOException {
        List<ByOrganization> stats = byOrganization(user, from, to);
        List<Line> lines = register(user, from, to);
        try (Spreadsheet workbook = new Spreadsheet()) {
            Spreadsheet.Table summary = workbook.table(
                    text("acts.xlsx.sheet.organizations"),
                    new Column(text("person.field.organization"), 70),
                    new Column(text("acts.statistics.asked"), 14),
                    new Column(text("acts.acknowledgedShort"), 14),
                    new Column(text("acts.xlsx.inTime"), 14),
                    new Column(text("acts.xlsx.inTimePercent"), 14),
                    new Column(text("acts.overdue"), 14));
            for (ByOrganization s : stats) {
                summary.row(
                        "  ".repeat(Math.max(0, s.depth())) + s.organization(),
                        s.asked(),
                        s.acknowledged(),
                        s.inTime(),
                        s.inTimePercent(),
                        s.overdue());
            }
            Spreadsheet.Table register = workbook.table(
                    text("acts.xlsx.sheet.register"),
                    new Column(text("acts.xlsx.act"), 40),
                    new Column(text("acts.version"), 14),
                    new Column(text("person.field.organization"), 40),
                    new Column(text("acts.employee"), 40),
                    new Column(text("person.field.post"), 14),
                    new Column(text("acts.xlsx.dueOn"), 14),
                    new Column(text("acts.xlsx.acknowledgedOn"), 14),
                    new Column(text("acts.xlsx.method"), 14),
                    new Column(text("acts.overdue"), 14));
            for (Line l : lines) {
                register.row(
                        l.act(),
                        l.version(),
                        l.organization(),
                        l.employee(),
                        l.post(),
                        DATE.format(l.dueOn()),
                        l.acknowledgedAt() == null ? null : DATE.format(regionTime.at(l.acknowledgedAt())),
                        l.method() == null ? null : text("acts.xlsx.method." + l.method()),
                        l.overdue() ? text("acts.xlsx.yes") : null);
            }
            workbook.write(out);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, RU);
    }

    private static void requireFollower(CurrentUser user) {
        if (!user.role().readsRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not see acknowledgement statistics");
        }
    }
}
