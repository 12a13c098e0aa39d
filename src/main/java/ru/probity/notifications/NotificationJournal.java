package ru.probity.notifications;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import ru.probity.notifications.model.NotificationStatus;
import ru.probity.platform.Messages;
import ru.probity.platform.RussianFormats;

/**
 * The register of one kind as the paper journal is kept: a title naming the kind, the organization
 * and the year; then per notification its ordinal, number, date of registration, who filed it and
 * his post, the summary (and the kind's own columns, e.g. the gift and its value), the way it
 * arrived, who registered it, the two signature columns left blank for the paper copy, the dates of
 * the motivated conclusion and of the transfer to the commission, the decision and a note.
 */
@Component
class NotificationJournal {

    private final Messages messages;

    NotificationJournal(Messages messages) {
        this.messages = messages;
    }

    private String msg(String key) {
        return messages.text(key);
    }

    void write(NotificationKind kind, String organization, int year, List<Notification> rows, OutputStream out)
            throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(kind.code() + " " + year);
            CellStyle title = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            title.setFont(bold);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setWrapText(true);
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(title);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            border(header);
            CellStyle cell = workbook.createCellStyle();
            cell.setWrapText(true);
            cell.setVerticalAlignment(VerticalAlignment.TOP);
            border(cell);

            List<String> columns = new ArrayList<>(List.of("№ п/п", "Регистрационный номер", "Дата регистрации"));
            boolean employer = kind == NotificationKind.NEW_EMPLOYER_NOTICE;
            if (employer) {
                columns.add("Наименование организации, направившей уведомление");
                columns.add("Ф.И.О. гражданина, замещавшего должность муниципальной службы");
            } else {
                columns.add("Ф.И.О., должность лица, подавшего уведомление");
            }
            columns.add("Краткое содержание");
            for (String field : kind.journalFields()) {
                columns.add(msg("notifications.field." + field));
            }
            boolean gift = kind == NotificationKind.GIFT;
            if (gift) {
                // ПП РФ №10: the handover act, the valuation, the buy-back
                columns.add(msg("notifications.gift.handover"));
                columns.add(msg("notifications.gift.valuation"));
                columns.add(msg("notifications.gift.buyback"));
            }
            columns.addAll(List.of(
                    "Способ поступления",
                    "Ф.И.О. лица, зарегистрировавшего уведомление",
                    "Подпись лица, зарегистрировавшего уведомление",
                    "Подпись лица, подавшего уведомление (отметка о получении копии)",
                    "Дата мотивированного заключения по результатам предварительного рассмотрения",
                    "Дата передачи на рассмотрение комиссии",
                    "Решение, принятое по результатам рассмотрения",
                    "Примечание"));

            Row r0 = sheet.createRow(0);
            r0.createCell(0).setCellValue(msg("notifications.journal." + kind).toUpperCase(RussianFormats.LOCALE));
            r0.getCell(0).setCellStyle(title);
            r0.setHeightInPoints(48);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
            Row r1 = sheet.createRow(1);
            r1.createCell(0).setCellValue(organization + ", " + year + " год");
            r1.getCell(0).setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, columns.size() - 1));

            Row head = sheet.createRow(3);
            Row numbers = sheet.createRow(4);
            for (int c = 0; c < columns.size(); c++) {
                head.createCell(c).setCellValue(columns.get(c));
                head.getCell(c).setCellStyle(header);
                numbers.createCell(c).setCellValue(c + 1);
                numbers.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, (c == 0 ? 6 : c == columns.indexOf("Краткое содержание") ? 50 : 18) * 256);
            }
            head.setHeightInPoints(90);

            int r = 5;
            int ordinal = 1;
            for (Notification n : rows) {
                if (n.registrationNumber() == null) {
                    continue; // the journal holds registered notifications only
                }
                List<String> values = new ArrayList<>();
                values.add(Integer.toString(ordinal++));
                values.add(n.registrationNumber());
                values.add(format(n.registeredOn()));
                if (employer) {
                    values.add(n.sender() == null ? "" : n.sender());
                    values.add(person(n));
                } else {
                    values.add(person(n));
                }
                values.add(n.summary());
                for (String field : kind.journalFields()) {
                    values.add(n.detail(field));
                }
                if (gift) {
                    values.add(
                            n.giftHandoverOn() == null
                                    ? ""
                                    : messages.text(
                                            "notifications.gift.act", n.giftHandoverAct(), format(n.giftHandoverOn())));
                    values.add(n.giftValuedOn() == null ? "" : n.giftValuationText());
                    values.add(
                            n.giftBuybackAppliedOn() == null
                                    ? ""
                                    : messages.text(
                                            "notifications.gift.boughtBackAt",
                                            format(n.giftBuybackAppliedOn()),
                                            n.giftBuybackSumText()));
                }
                values.add(msg("notifications.channel." + n.channel()));
                values.add(n.registeredBy() == null ? "" : n.registeredBy());
                values.add("");
                values.add("ONLINE".equals(n.channel()) ? "подано в электронной форме" : "");
                values.add(format(n.concludedOn()));
                values.add(format(n.sentToCommissionOn()));
                values.add(decision(n));
                values.add(n.status() == NotificationStatus.CLOSED ? "закрыто " + format(n.closedOn()) : "");
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    row.createCell(c).setCellValue(values.get(c));
                    row.getCell(c).setCellStyle(cell);
                }
            }
            sheet.createFreezePane(0, 5);
            workbook.write(out);
        }
    }

    private static String person(Notification n) {
        return n.personPost() == null || n.personPost().isBlank()
                ? n.personName()
                : n.personName() + ", " + n.personPost();
    }

    private static String decision(Notification n) {
        if (n.commissionDecision() != null) {
            return "Решение комиссии от " + format(n.commissionDecidedOn()) + ": " + n.commissionDecision();
        }
        return n.outcome() == null ? "" : n.outcome();
    }

    static String format(LocalDate date) {
        return RussianFormats.date(date);
    }

    private static void border(CellStyle style) {
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
    }
}
