package ru.probity.commission;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.platform.Messages;
import ru.probity.platform.RussianFormats;

/**
 * Figures of the commissions the user sees over a period: meetings held, cases received and
 * considered by kind, decisions taken, measures taken on the recommendations; and, now, the cases
 * waiting and overdue and the overdue follow-ups. Counts only.
 */
@Service
@Transactional(readOnly = true)
public class CommissionStatistics {

    private final CommissionStatisticsStore store;
    private final Messages messages;

    CommissionStatistics(CommissionStatisticsStore store, Messages messages) {
        this.store = store;
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
        // the figures count the commissions of the whole subtree, a member's too: counts only, no names
        CommissionStatisticsStore.Counts c =
                store.counts(new CommissionStore.Reader(true, user.organizationId(), user.userId()), start, end);
        List<Count> byKind = new ArrayList<>();
        for (CaseKind kind : CaseKind.values()) {
            int[] v = c.kinds().getOrDefault(kind.name(), new int[2]);
            byKind.add(new Count(kind.name(), messages.text("commission.kind." + kind), v[0], v[1]));
        }
        List<Count> decisions = new ArrayList<>();
        c.decisions()
                .forEach((key, n) ->
                        decisions.add(new Count(key, messages.text("commission.decisionShort." + key), n, 0)));
        List<Count> measures = new ArrayList<>();
        c.measures()
                .forEach((key, n) -> measures.add(new Count(key, messages.text("commission.measure." + key), n, 0)));
        return new Figures(
                start,
                end,
                c.meetings(),
                c.received(),
                c.decided(),
                c.pending(),
                c.overdueCases(),
                c.overdueFollowUps(),
                byKind,
                decisions,
                measures);
    }

    public void writeXlsx(Figures f, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Комиссия");
            int r = 0;
            sheet.createRow(r++)
                    .createCell(0)
                    .setCellValue("Работа комиссии с " + RussianFormats.date(f.from()) + " по "
                            + RussianFormats.date(f.to()));
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
