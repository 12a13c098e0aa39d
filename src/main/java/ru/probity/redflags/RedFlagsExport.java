package ru.probity.redflags;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.probity.platform.Messages;
import ru.probity.platform.RussianFormats;
import ru.probity.platform.Spreadsheet;
import ru.probity.redflags.indicators.IndicatorInfo;

/** Writes the filtered red flags to XLSX, streamed: one row per flag. */
@Component
class RedFlagsExport {

    private static final String[] HEADERS = {
        "redflags.export.id",
        "redflags.field.indicator",
        "redflags.field.regNum",
        "redflags.field.purchaseNumber",
        "redflags.field.signDate",
        "redflags.field.price",
        "redflags.field.organization",
        "redflags.field.customerInn",
        "redflags.field.supplier",
        "redflags.field.supplierInn",
        "redflags.field.value",
        "redflags.field.threshold",
        "redflags.field.risk",
        "redflags.field.explanation",
        "redflags.field.status",
        "redflags.field.resolution",
        "redflags.field.foundAt"
    };

    private final Messages messages;

    RedFlagsExport(Messages messages) {
        this.messages = messages;
    }

    void write(List<RedFlagRows.Row> rows, OutputStream out) throws IOException {
        try (Spreadsheet workbook = new Spreadsheet()) {
            List<Spreadsheet.Column> columns = new ArrayList<>();
            for (int c = 0; c < HEADERS.length; c++) {
                columns.add(new Spreadsheet.Column(messages.text(HEADERS[c]), c == 13 ? 80 : 20));
            }
            Spreadsheet.Table sheet = workbook.table(messages.text("redflags.export.sheet"), columns);
            for (RedFlagRows.Row f : rows) {
                IndicatorInfo info = RedFlagsComputation.info(f.indicator());
                sheet.row(
                        f.id(),
                        info == null ? f.indicator() : info.title(),
                        f.regNum(),
                        f.purchaseNumber(),
                        f.signDate() == null ? null : RussianFormats.date(f.signDate()),
                        f.price(),
                        f.organizationName(),
                        f.customerInn(),
                        f.supplierName(),
                        f.supplierInn(),
                        f.value(),
                        f.threshold(),
                        f.riskPercent(),
                        f.explanation(),
                        messages.text("redflags.status." + f.status()),
                        f.resolution(),
                        f.foundAt() == null ? null : RussianFormats.dateTime(f.foundAt()));
            }
            workbook.write(out);
        }
    }
}
