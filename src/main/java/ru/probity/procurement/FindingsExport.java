package ru.probity.procurement;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import ru.probity.platform.Spreadsheet;

/** Writes findings to XLSX, streamed: one row per finding. */
@Component
class FindingsExport {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
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
        try (Spreadsheet workbook = new Spreadsheet()) {
            List<Spreadsheet.Column> columns = new java.util.ArrayList<>();
            for (int c = 0; c < HEADERS.length; c++) {
                columns.add(new Spreadsheet.Column(text(HEADERS[c]), c == 12 ? 80 : 22));
            }
            Spreadsheet.Table sheet = workbook.table(text("finding.export.sheet"), columns);
            for (FindingRows.Row f : rows) {
                sheet.row(
                        f.id(),
                        f.regNum(),
                        f.signDate() == null ? null : DATE.format(f.signDate()),
                        f.price(),
                        f.customerName(),
                        f.customerInn(),
                        f.organizationName(),
                        f.suppliers(),
                        optional("finding.rule." + f.rule(), f.rule()),
                        f.law(),
                        optional("finding.confidence." + f.confidence(), f.confidence()),
                        f.official(),
                        f.explanation(),
                        optional("finding.status." + f.status(), f.status()),
                        f.resolution(),
                        f.assigneeName() != null ? f.assigneeName() : f.assignee(),
                        f.foundAt() == null ? null : TIME.format(f.foundAt()),
                        f.updatedAt() == null ? null : TIME.format(f.updatedAt()));
            }
            workbook.write(out);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, RU);
    }

    private String optional(String key, String fallback) {
        return messages.getMessage(key, null, fallback == null ? "" : fallback, RU);
    }
}
