package ru.probity.acts;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;
import ru.probity.platform.Spreadsheets;

/**
 * How the organizations of a subtree acknowledge acts: per organization, the employees asked, those
 * who acknowledged, in time, and those overdue — over the distributions made in a period — and the
 * register of every acknowledgement as XLSX.
 */
@Service
@Transactional(readOnly = true)
public class AcknowledgementStatistics {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private final JdbcClient jdbc;
    private final Organizations organizations;

    AcknowledgementStatistics(JdbcClient jdbc, Organizations organizations) {
        this.jdbc = jdbc;
        this.organizations = organizations;
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
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle bold = Spreadsheets.bold(workbook);
            Sheet summary = workbook.createSheet("По организациям");
            Spreadsheets.header(
                    summary, bold, "Организация", "Направлено", "Ознакомлены", "В срок", "В срок, %", "Просрочено");
            int r = 1;
            for (ByOrganization s : stats) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue("  ".repeat(Math.max(0, s.depth())) + s.organization());
                row.createCell(1).setCellValue(s.asked());
                row.createCell(2).setCellValue(s.acknowledged());
                row.createCell(3).setCellValue(s.inTime());
                row.createCell(4).setCellValue(s.inTimePercent());
                row.createCell(5).setCellValue(s.overdue());
            }
            summary.setColumnWidth(0, 70 * 256);
            Sheet register = workbook.createSheet("Реестр ознакомлений");
            Spreadsheets.header(
                    register,
                    bold,
                    "Документ",
                    "Редакция",
                    "Организация",
                    "Сотрудник",
                    "Должность",
                    "Срок",
                    "Ознакомлен",
                    "Способ",
                    "Просрочено");
            r = 1;
            for (Line l : lines) {
                Row row = register.createRow(r++);
                row.createCell(0).setCellValue(l.act());
                row.createCell(1).setCellValue(l.version());
                row.createCell(2).setCellValue(l.organization());
                row.createCell(3).setCellValue(l.employee());
                row.createCell(4).setCellValue(l.post());
                row.createCell(5).setCellValue(DATE.format(l.dueOn()));
                row.createCell(6)
                        .setCellValue(
                                l.acknowledgedAt() == null
                                        ? ""
                                        : DATE.format(l.acknowledgedAt().atZone(MOSCOW)));
                row.createCell(7)
                        .setCellValue(
                                l.method() == null ? "" : "ONLINE".equals(l.method()) ? "электронно" : "на бумаге");
                row.createCell(8).setCellValue(l.overdue() ? "да" : "");
            }
            for (int c = 0; c < 9; c++) {
                register.setColumnWidth(c, (c == 0 || c == 2 || c == 3 ? 40 : 14) * 256);
            }
            workbook.write(out);
        }
    }

    private static void requireFollower(CurrentUser user) {
        if (!user.role().readsRegistry()) {
            throw new AccessDeniedException("Role " + user.role() + " may not see acknowledgement statistics");
        }
    }
}
