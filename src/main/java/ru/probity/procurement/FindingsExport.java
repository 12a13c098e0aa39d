package ru.probity.procurement;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes findings to XLSX with the streaming SXSSF API: one row per finding, a bold frozen header. */
@Component
class FindingsExport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int ROWS_IN_MEMORY = 200;
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final String[] HEADERS = {
        "finding.export.id",
        "finding.field.regNum",
        "finding.field.signDate",
        "finding.field.price",
        "finding.field.customer",
        "finding.field.customerInn",
        "finding.field.organization",
        "finding.field.supplier",
        "finding.field.rule",
        "finding.field.law",
        "finding.field.confidence",
        "finding.field.official",
        "finding.field.explanation",
        "finding.field.status",
        "finding.field.resolution",
        "finding.field.assignee",
        "finding.field.foundAt",
        "finding.field.updatedAt"
    };

    private final MessageSource messages;

    FindingsExport(MessageSource messages) {
        this.messages = messages;
    }

    void write(List<FindingRows.Row> rows, OutputStream out) throws IOException {
        try (var workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            try {
                SXSSFSheet sheet = workbook.createSheet(text("finding.export.sheet"));
                CellStyle header = workbook.createCellStyle();
                Font bold = workbook.createFont();
                bold.setBold(true);
                header.setFont(bold);
                Row first = sheet.createRow(0);
                for (int c = 0; c < HEADERS.length; c++) {
                    var cell = first.createCell(c);
                    cell.setCellValue(text(HEADERS[c]));
                    cell.setCellStyle(header);
                    sheet.setColumnWidth(c, c == 12 ? 80 * 256 : 22 * 256);
                }
                sheet.createFreezePane(0, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, HEADERS.length - 1));
                int r = 1;
                for (FindingRows.Row f : rows) {
                    Row row = sheet.createRow(r++);
                    int c = 0;
                    row.createCell(c++).setCellValue(f.id());
                    row.createCell(c++).setCellValue(f.regNum());
                    row.createCell(c++).setCellValue(f.signDate() == null ? "" : DATE.format(f.signDate()));
                    var price = row.createCell(c++);
                    if (f.price() != null) {
                        price.setCellValue(f.price().doubleValue());
                    }
                    row.createCell(c++).setCellValue(f.customerName());
                    row.createCell(c++).setCellValue(f.customerInn());
                    row.createCell(c++).setCellValue(f.organizationName());
                    row.createCell(c++).setCellValue(f.suppliers());
                    row.createCell(c++).setCellValue(optional("finding.rule." + f.rule(), f.rule()));
                    row.createCell(c++).setCellValue(f.law());
                    row.createCell(c++).setCellValue(optional("finding.confidence." + f.confidence(), f.confidence()));
                    row.createCell(c++).setCellValue(f.official());
                    row.createCell(c++).setCellValue(f.explanation());
                    row.createCell(c++).setCellValue(optional("finding.status." + f.status(), f.status()));
                    row.createCell(c++).setCellValue(f.resolution());
                    row.createCell(c++).setCellValue(f.assigneeName() != null ? f.assigneeName() : f.assignee());
                    row.createCell(c++).setCellValue(f.foundAt() == null ? "" : TIME.format(f.foundAt()));
                    row.createCell(c).setCellValue(f.updatedAt() == null ? "" : TIME.format(f.updatedAt()));
                }
                workbook.write(out);
            } finally {
                workbook.dispose();
            }
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, RU);
    }

    private String optional(String key, String fallback) {
        return messages.getMessage(key, null, fallback == null ? "" : fallback, RU);
    }
}
