package ru.probity.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX workbook of plain tables, as the exports of statistics and registers are: on each sheet a
 * bold header row, frozen and with an auto-filter, then one row per record. Streamed (only the last
 * rows are kept in memory), so a register of any length can be written. Headings and texts are
 * given by the caller, from the message bundle.
 *
 * <pre>
 * try (Spreadsheet workbook = new Spreadsheet()) {
 *     Spreadsheet.Table t = workbook.table("По организациям", new Column("Организация", 70), new Column("Всего", 14));
 *     t.row("Калуга", 12);
 *     workbook.write(out);
 * }
 * </pre>
 */
public final class Spreadsheet implements AutoCloseable {

    private static final int ROWS_IN_MEMORY = 200;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final CellStyle bold;

    public Spreadsheet() {
        bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
    }

    /** A column: its heading and its width in characters. */
    public record Column(String heading, int width) {}

    /** A new sheet with its header row. */
    public Table table(String name, Column... columns) {
        return table(name, List.of(columns));
    }

    public Table table(String name, List<Column> columns) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            var cell = header.createCell(i);
            cell.setCellValue(columns.get(i).heading());
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, Math.min(255, Math.max(1, columns.get(i).width())) * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        return new Table(sheet);
    }

    /** A new sheet without a header row (a summary of label–value lines); widths in characters. */
    public Table plain(String name, int... widths) {
        Sheet sheet = workbook.createSheet(name);
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, Math.max(1, widths[i])) * 256);
        }
        Table table = new Table(sheet);
        table.next = 0;
        return table;
    }

    public void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    /** The rows of one sheet, written in order. */
    public final class Table {
        private final Sheet sheet;
        private int next = 1;

        private Table(Sheet sheet) {
            this.sheet = sheet;
        }

        /** One row: a number is written as a number, anything else as its text, null as an empty cell. */
        public Table row(Object... values) {
            write(values, false);
            return this;
        }

        /** A row in bold, such as the totals. */
        public Table boldRow(Object... values) {
            write(values, true);
            return this;
        }

        private void write(Object[] values, boolean strong) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value == null) {
                    continue;
                }
                var cell = row.createCell(i);
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else {
                    cell.setCellValue(value.toString());
                }
                if (strong) {
                    cell.setCellStyle(bold);
                }
            }
        }
    }
}
