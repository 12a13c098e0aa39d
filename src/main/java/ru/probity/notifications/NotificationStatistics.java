package ru.probity.notifications;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.platform.Messages;

/**
 * Figures of the notifications of the user's subtree that arrived in a period: by kind and by
 * organization — received, of them online, registered, reviewed, sent to the commission, decided
 * by it, closed without it, and overdue now. Counts only: nobody's personal data.
 */
@Service
@Transactional(readOnly = true)
public class NotificationStatistics {

    private final NotificationStatisticsStore store;
    private final Messages messages;

    NotificationStatistics(NotificationStatisticsStore store, Messages messages) {
        this.store = store;
        this.messages = messages;
    }

    /** One line: a kind or an organization. */
    public record Line(
            String key,
            String label,
            int received,
            int online,
            int registered,
            int reviewed,
            int sentToCommission,
            int decided,
            int closed,
            int overdue) {}

    /** The period asked for, the default being the current year up to today. */
    public record Period(LocalDate from, LocalDate to) {
        public static Period of(LocalDate from, LocalDate to) {
            LocalDate end = to == null ? LocalDate.now() : to;
            LocalDate start = from == null ? end.withDayOfYear(1) : from;
            return new Period(start, end);
        }
    }

    private long scope(CurrentUser user) {
        if (!Notifications.readsRegisters(user) || user.role() == Role.COMMISSION_MEMBER) {
            throw new AccessDeniedException("Role " + user.role() + " does not read the statistics of notifications");
        }
        return user.organizationId();
    }

    public List<Line> byKind(CurrentUser user, Period period) {
        List<Line> found = store.byKind(scope(user), period.from(), period.to());
        // every kind is listed, in the order of the enum, with zeros where nothing arrived
        return Arrays.stream(NotificationKind.values())
                .map(k -> found.stream()
                        .filter(l -> l.key().equals(k.name()))
                        .findFirst()
                        .map(l -> new Line(
                                l.key(),
                                label(k),
                                l.received(),
                                l.online(),
                                l.registered(),
                                l.reviewed(),
                                l.sentToCommission(),
                                l.decided(),
                                l.closed(),
                                l.overdue()))
                        .orElse(new Line(k.name(), label(k), 0, 0, 0, 0, 0, 0, 0, 0)))
                .toList();
    }

    public List<Line> byOrganization(CurrentUser user, Period period) {
        return store.byOrganization(scope(user), period.from(), period.to());
    }

    private String label(NotificationKind kind) {
        return messages.text("notifications.kind." + kind);
    }

    public void writeXlsx(CurrentUser user, Period period, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            sheet(workbook.createSheet("По видам"), "Вид уведомления", period, byKind(user, period));
            sheet(workbook.createSheet("По организациям"), "Организация", period, byOrganization(user, period));
            workbook.write(out);
        }
    }

    private static void sheet(Sheet sheet, String first, Period period, List<Line> lines) {
        sheet.createRow(0)
                .createCell(0)
                .setCellValue("Уведомления, поступившие с " + NotificationJournal.format(period.from()) + " по "
                        + NotificationJournal.format(period.to()));
        String[] titles = {
            first,
            "Поступило",
            "в т.ч. в электронной форме",
            "Зарегистрировано",
            "Подготовлено заключений",
            "Направлено в комиссию",
            "Рассмотрено комиссией",
            "Закрыто без комиссии",
            "Просрочено сейчас"
        };
        Row header = sheet.createRow(2);
        for (int i = 0; i < titles.length; i++) {
            header.createCell(i).setCellValue(titles[i]);
        }
        int r = 3;
        int[] total = new int[8];
        for (Line l : lines) {
            Row row = sheet.createRow(r++);
            int[] v = {
                l.received(),
                l.online(),
                l.registered(),
                l.reviewed(),
                l.sentToCommission(),
                l.decided(),
                l.closed(),
                l.overdue()
            };
            row.createCell(0).setCellValue(l.label());
            for (int i = 0; i < v.length; i++) {
                row.createCell(i + 1).setCellValue(v[i]);
                total[i] += v[i];
            }
        }
        Row sum = sheet.createRow(r);
        sum.createCell(0).setCellValue("Итого");
        for (int i = 0; i < total.length; i++) {
            sum.createCell(i + 1).setCellValue(total[i]);
        }
        sheet.setColumnWidth(0, 70 * 256);
    }
}
