package ru.probity.procurement;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.probity.platform.Messages;
import ru.probity.platform.RussianFormats;
import ru.probity.platform.Spreadsheet;

/**
 * Writes findings to XLSX, streamed: one row per finding — one conflict of interest — with its
 * rules and their articles joined in one cell each.
 */
@Component
class FindingsExport {

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

    private final Messages messages;

    FindingsExport(Messages messages) {
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
                        f.signDate() == null ? null : RussianFormats.date(f.signDate()),
                        f.price(),
                        f.customerName(),
                        f.customerInn(),
                        f.organizationName(),
                        f.suppliers(),
                        joined(f.rules(), "finding.rule."),
                        joined(f.rules(), "finding.law."),
                        optional("finding.confidence." + f.confidence(), f.confidence()),
                        f.official(),
                        f.explanation(),
                        optional("finding.status." + f.status(), f.status()),
                        f.resolution(),
                        f.assigneeName() != null ? f.assigneeName() : f.assignee(),
                        f.foundAt() == null ? null : RussianFormats.dateTime(f.foundAt()),
                        f.updatedAt() == null ? null : RussianFormats.dateTime(f.updatedAt()));
            }
            workbook.write(out);
        }
    }

    private String text(String key) {
        return messages.text(key);
    }

    /** The texts of the rules, each under {@code prefix} + its code, joined by «; ». */
    private String joined(List<String> rules, String prefix) {
        return String.join(
                "; ", rules.stream().map(r -> optional(prefix + r, r)).toList());
    }

    /** The text of {@code key}, or {@code fallback} (a code without a text) when the bundle has none. */
    private String optional(String key, String fallback) {
        String text = messages.text(key);
        return text.equals(key) ? (fallback == null ? "" : fallback) : text;
    }
}
