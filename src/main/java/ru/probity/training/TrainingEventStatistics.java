package ru.probity.training;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.CurrentUser;
import ru.probity.audit.AccessAction;
import ru.probity.audit.AccessLog;
import ru.probity.org.Organizations;
import ru.probity.platform.Spreadsheets;

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

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final AccessLog accessLog;

    TrainingEventStatistics(JdbcClient jdbc, Organizations organizations, AccessLog accessLog) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.accessLog = accessLog;
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
                  and (cast(:from as date) is null or (f.first_start at time zone 'Europe/Moscow')::date >= :from)
                  and (cast(:to as date) is null or (f.first_start at time zone 'Europe/Moscow')::date <= :to)
                group by o.id, o.name, o.path""")
                .param("scope", scope)
                .param("from", from)
                .param("to", to)
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
                  and (cast(:from as date) is null or (f.first_start at time zone 'Europe/Moscow')::date >= :from)
                  and (cast(:to as date) is null or (f.first_start at time zone 'Europe/Moscow')::date <= :to)
                order by f.first_start, ev.id, o.path, employee""")
                .param("scope", organizations.scopePath(user))
                .param("from", from)
                .param("to", to)
                .query((rs, n) -> new Line(
                        rs.getString("title"),
                        TrainingEvents.Kind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("first_start") == null
                                ? null
                                : LocalDateTime.ofInstant(
                                        rs.getTimestamp("first_start").toInstant(), TrainingEvents.ZONE),
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
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle bold = Spreadsheets.bold(workbook);
            Sheet summary = workbook.createSheet("По организациям");
            Spreadsheets.header(
                    summary,
                    bold,
                    "Организация",
                    "Записаны",
                    "Посетили",
                    "Завершили",
                    "Сертификатов",
                    "Назначены недавно",
                    "из них записаны",
                    "из них завершили",
                    "Охват, %");
            int r = 1;
            for (ByOrganization s : stats) {
                Row row = summary.createRow(r++);
                row.createCell(0).setCellValue("  ".repeat(Math.max(0, s.depth())) + s.organization());
                row.createCell(1).setCellValue(s.enrolled());
                row.createCell(2).setCellValue(s.attended());
                row.createCell(3).setCellValue(s.completed());
                row.createCell(4).setCellValue(s.certificates());
                row.createCell(5).setCellValue(s.newcomers());
                row.createCell(6).setCellValue(s.newcomersEnrolled());
                row.createCell(7).setCellValue(s.newcomersCompleted());
                row.createCell(8).setCellValue(s.coveragePercent());
            }
            summary.setColumnWidth(0, 70 * 256);
            for (int c = 1; c < 9; c++) {
                summary.setColumnWidth(c, 16 * 256);
            }
            Sheet register = workbook.createSheet("Участники");
            Spreadsheets.header(
                    register,
                    bold,
                    "Мероприятие",
                    "Вид",
                    "Начало",
                    "Организация",
                    "Сотрудник",
                    "Должность",
                    "Запись",
                    "Занятий",
                    "Посещено",
                    "Тест сдан",
                    "Завершил",
                    "Сертификат");
            r = 1;
            for (Line l : lines) {
                Row row = register.createRow(r++);
                row.createCell(0).setCellValue(l.event());
                row.createCell(1).setCellValue(kind(l.kind()));
                row.createCell(2).setCellValue(l.firstStart() == null ? "" : DATE.format(l.firstStart()));
                row.createCell(3).setCellValue(l.organization());
                row.createCell(4).setCellValue(l.employee());
                row.createCell(5).setCellValue(l.post());
                row.createCell(6).setCellValue(source(l.status(), l.source()));
                row.createCell(7).setCellValue(l.sessions());
                row.createCell(8).setCellValue(l.attended());
                row.createCell(9).setCellValue(l.testPassed() ? "да" : "нет");
                row.createCell(10).setCellValue(l.completed() ? "да" : "");
                row.createCell(11).setCellValue(l.certificate() ? "выдан" : "");
            }
            for (int c = 0; c < 12; c++) {
                register.setColumnWidth(c, (c == 0 || c == 3 || c == 4 || c == 5 ? 40 : 14) * 256);
            }
            workbook.write(out);
        }
    }

    private static String kind(TrainingEvents.Kind kind) {
        return switch (kind) {
            case SEMINAR -> "семинар";
            case WEBINAR -> "вебинар";
            case COURSE -> "курс";
        };
    }

    private static String source(String status, String source) {
        if ("CANCELLED".equals(status)) {
            return "отменена";
        }
        return switch (source) {
            case "SELF" -> "сам";
            case "ONBOARDING" -> "новый сотрудник (автоматически)";
            default -> "ответственный";
        };
    }
}
