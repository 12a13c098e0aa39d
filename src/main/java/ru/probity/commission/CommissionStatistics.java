package ru.probity.commission;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.org.Organizations;

/**
 * Figures of the commissions the user sees over a period: meetings held, cases received and
 * considered by kind, decisions taken, measures taken on the recommendations; and, now, the cases
 * waiting and overdue and the overdue follow-ups. Counts only.
 */
@Service
@Transactional(readOnly = true)
public class CommissionStatistics {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final MessageSource messages;

    CommissionStatistics(JdbcClient jdbc, Organizations organizations, MessageSource messages) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.messages = messages;
    }

    /** A labelled count (or two: received and considered for the kinds). */
    public record Count(String key, String label, int count, int second) {}

    public record Figures(
            LocalDate from,
            LocalDate to,
            int meetings,
            int received,
            int decided,
            int pending,
            int overdueCases,
            int overdueFollowUps,
            List<Count> byKind,
            List<Count> decisions,
            List<Count> measures) {}

    public Figures figures(CurrentUser user, LocalDate from, LocalDate to) {
        if (!Commissions.readsAll(user)) {
            throw new AccessDeniedException("Role " + user.role() + " does not read the commission's statistics");
        }
        LocalDate end = to == null ? LocalDate.now() : to;
        LocalDate start = from == null ? end.withDayOfYear(1) : from;
        String scope = organizations.scopePath(user);
        Map<String, Object> p = new HashMap<>();
        p.put("reads", true);
        p.put("scope", scope);
        p.put("me", user.userId());
        p.put("from", start);
        p.put("to", end);
        String mine = " k.commission_id in (" + Commissions.VISIBLE_IDS + ") ";
        int meetings = count(
                "select count(*) from commission_meeting mt where mt.commission_id in (" + Commissions.VISIBLE_IDS
                        + ") and mt.status = 'CLOSED' and mt.held_on between :from and :to",
                p);
        int received = count(
                "select count(*) from commission_case k where" + mine + "and k.received_on between :from and :to", p);
        int decided = count(
                "select count(*) from commission_case k where" + mine + "and k.decided_on between :from and :to", p);
        int pending = count(
                "select count(*) from commission_case k where" + mine + "and k.status in ('PENDING', 'SCHEDULED')", p);
        int overdueCases = count(
                "select count(*) from commission_case k where" + mine
                        + "and k.status in ('PENDING', 'SCHEDULED') and k.consider_by < current_date",
                p);
        int overdueFollowUps = count(
                "select count(*) from commission_follow_up f join commission_case k on" + " k.id = f.case_id where"
                        + mine + "and f.done_on is null and f.due_on < current_date",
                p);

        Map<String, int[]> kinds = new HashMap<>();
        jdbc.sql("select k.kind, count(*) filter (where k.received_on between :from and :to),"
                        + " count(*) filter (where k.decided_on between :from and :to)"
                        + " from commission_case k where" + mine + "group by k.kind")
                .params(p)
                .query(rs -> {
                    kinds.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
                });
        List<Count> byKind = new ArrayList<>();
        for (CaseKind kind : CaseKind.values()) {
            int[] v = kinds.getOrDefault(kind.name(), new int[2]);
            byKind.add(new Count(kind.name(), label("commission.kind." + kind), v[0], v[1]));
        }
        List<Count> decisions = jdbc.sql("select k.decision, count(*) from commission_case k where" + mine
                        + "and k.decided_on between :from and :to and k.decision is not null"
                        + " group by k.decision order by count(*) desc")
                .params(p)
                .query((rs, n) -> new Count(
                        rs.getString(1), label("commission.decisionShort." + rs.getString(1)), rs.getInt(2), 0))
                .list();
        List<Count> measures = jdbc.sql("select f.measure, count(*) from commission_follow_up f join commission_case k"
                        + " on k.id = f.case_id where" + mine
                        + "and f.done_on between :from and :to and f.measure is not null"
                        + " group by f.measure order by count(*) desc")
                .params(p)
                .query((rs, n) ->
                        new Count(rs.getString(1), label("commission.measure." + rs.getString(1)), rs.getInt(2), 0))
                .list();
        return new Figures(
                start,
                end,
                meetings,
                received,
                decided,
                pending,
                overdueCases,
                overdueFollowUps,
                byKind,
                decisions,
                measures);
    }

    private int count(String sql, Map<String, Object> p) {
        return jdbc.sql(sql).params(p).query(Integer.class).single();
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, RUSSIAN);
    }

    public void writeXlsx(Figures f, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Комиссия");
            int r = 0;
            sheet.createRow(r++)
                    .createCell(0)
                    .setCellValue("Работа комиссии с " + DATE.format(f.from()) + " по " + DATE.format(f.to()));
            r++;
            r = pair(sheet, r, "Проведено заседаний", f.meetings());
            r = pair(sheet, r, "Поступило вопросов", f.received());
            r = pair(sheet, r, "Рассмотрено вопросов", f.decided());
            r = pair(sheet, r, "Ожидают рассмотрения (сейчас)", f.pending());
            r = pair(sheet, r, "из них с истёкшим сроком", f.overdueCases());
            r = pair(sheet, r, "Просрочено поручений по решениям (сейчас)", f.overdueFollowUps());
            r++;
            Row head = sheet.createRow(r++);
            head.createCell(0).setCellValue("Вид вопроса");
            head.createCell(1).setCellValue("Поступило");
            head.createCell(2).setCellValue("Рассмотрено");
            for (Count c : f.byKind()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(c.label());
                row.createCell(1).setCellValue(c.count());
                row.createCell(2).setCellValue(c.second());
            }
            r++;
            sheet.createRow(r++).createCell(0).setCellValue("Принятые решения");
            for (Count c : f.decisions()) {
                r = pair(sheet, r, c.label(), c.count());
            }
            r++;
            sheet.createRow(r++).createCell(0).setCellValue("Меры, принятые по рекомендациям комиссии");
            for (Count c : f.measures()) {
                r = pair(sheet, r, c.label(), c.count());
            }
            sheet.setColumnWidth(0, 90 * 256);
            workbook.write(out);
        }
    }

    private static int pair(Sheet sheet, int r, String label, int value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
        return r + 1;
    }
}
