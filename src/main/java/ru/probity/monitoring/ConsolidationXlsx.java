package ru.probity.monitoring;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import ru.probity.monitoring.rating.Decimals;
import ru.probity.platform.Messages;
import ru.probity.platform.Spreadsheet;
import ru.probity.platform.Spreadsheet.Column;

/**
 * The consolidation and the rating as XLSX. The consolidation: one row per indicator — section,
 * name, code, the total, how many gave it, the previous period's total, the change and its per cent,
 * then one column per organization with its value — and a sheet of the organizations not reported.
 * The rating: the ranked table.
 */
@Component
class ConsolidationXlsx {

    private final Messages messages;

    ConsolidationXlsx(Messages messages) {
        this.messages = messages;
    }

    void write(Consolidation.Consolidated c, OutputStream out) throws IOException {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(messages.text("consolidation.col.section"), 30));
        columns.add(new Column(messages.text("consolidation.col.indicator"), 50));
        columns.add(new Column(messages.text("consolidation.col.code"), 24));
        columns.add(new Column(messages.text("consolidation.col.total"), 14));
        columns.add(new Column(messages.text("consolidation.col.given"), 12));
        columns.add(new Column(messages.text("consolidation.col.previous"), 14));
        columns.add(new Column(messages.text("consolidation.col.delta"), 14));
        columns.add(new Column(messages.text("consolidation.col.percent"), 14));
        for (Consolidation.Reporter r : c.reporters()) {
            columns.add(new Column(r.shortName(), 20));
        }
        try (Spreadsheet workbook = new Spreadsheet()) {
            Spreadsheet.Table table = workbook.table(messages.text("consolidation.xlsx.sheet"), columns);
            for (Consolidation.Line line : c.lines()) {
                List<Object> cells = new ArrayList<>();
                cells.add(line.section());
                cells.add(line.name());
                cells.add(line.code());
                cells.add(line.total());
                cells.add(line.given());
                cells.add(line.previous());
                cells.add(line.delta());
                cells.add(line.percent());
                for (Consolidation.Reporter r : c.reporters()) {
                    String value = line.value(r.id());
                    cells.add(
                            Consolidation.NUMBER.equals(line.kind()) && !value.isEmpty()
                                    ? Decimals.parse(value)
                                    : value);
                }
                table.row(cells.toArray());
            }
            Spreadsheet.Table missing = workbook.table(
                    messages.text("consolidation.xlsx.missing"),
                    new Column(messages.text("consolidation.col.organization"), 60),
                    new Column(messages.text("consolidation.col.status"), 24));
            for (Consolidation.Missing m : c.missing()) {
                missing.row(m.name(), m.status());
            }
            workbook.write(out);
        }
    }

    void write(Ratings.Rating rating, OutputStream out) throws IOException {
        try (Spreadsheet workbook = new Spreadsheet()) {
            Spreadsheet.Table table = workbook.table(
                    messages.text("rating.xlsx.sheet"),
                    new Column(messages.text("rating.col.place"), 8),
                    new Column(messages.text("consolidation.col.organization"), 60),
                    new Column(messages.text("rating.col.score"), 12),
                    new Column(messages.text("rating.col.level"), 14),
                    new Column(messages.text("rating.col.previous"), 14),
                    new Column(messages.text("rating.col.delta"), 12));
            for (Ratings.Row row : rating.rows()) {
                table.row(
                        row.place(),
                        row.organization(),
                        row.score(),
                        row.level() == null ? "" : messages.text("rating.level." + row.level()),
                        row.previous(),
                        row.delta());
            }
            workbook.write(out);
        }
    }
}
