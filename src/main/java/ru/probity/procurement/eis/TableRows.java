package ru.probity.procurement.eis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.probity.platform.BoundedZip;
import ru.probity.platform.RussianFormats;
import ru.probity.platform.UploadLimits;
import ru.probity.platform.UploadRefused;

/**
 * The cells of a table as strings with their line numbers: CSV (UTF-8, «;») or XLSX (first sheet).
 * Held in memory, so bounded ({@link UploadLimits}): at most {@code max-rows} rows of at most
 * {@value #MAX_CELLS} cells; an XLSX is checked as an archive (its parts expanded at most {@code
 * max-table}) before it is opened.
 */
final class TableRows {

    static final int MAX_CELLS = 500;

    record Line(int number, List<String> cells) {
        String cell(int index) {
            if (index < 0 || index >= cells.size()) {
                return null;
            }
            String value = cells.get(index);
            if (value == null) {
                return null;
            }
            return RussianFormats.blankToNull(value.replace('\u00A0', ' '));
        }

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    private TableRows() {}

    static List<Line> csv(InputStream in) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser =
                CSVParser.builder().setReader(reader).setFormat(format).get()) {
            long lastEnd = 0;
            int maxRows = UploadLimits.current().maxRows();
            for (CSVRecord record : parser) {
                bounded(lines.size(), record.size(), maxRows);
                int start = (int) lastEnd + 1;
                lastEnd = Math.max(lastEnd + 1, parser.getCurrentLineNumber());
                List<String> cells = new ArrayList<>(record.toList());
                if (lines.isEmpty() && !cells.isEmpty() && cells.getFirst().startsWith("\uFEFF")) {
                    cells.set(0, cells.getFirst().substring(1));
                }
                lines.add(new Line(start, cells));
            }
        }
        return lines;
    }

    /** Dates become «yyyy-MM-dd», numbers plain decimals (no exponent, no grouping). */
    static List<Line> xlsx(InputStream in) throws IOException {
        List<Line> lines = new ArrayList<>();
        UploadLimits limits = UploadLimits.current();
        byte[] bytes = BoundedZip.readAll(in, limits.maxTableBytes(), "XLSX");
        BoundedZip.check(new java.io.ByteArrayInputStream(bytes), limits.table(), "XLSX");
        int maxRows = limits.maxRows();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                return lines;
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            for (Row row : sheet) {
                bounded(lines.size(), Math.max(row.getLastCellNum(), 0), maxRows);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                lines.add(new Line(row.getRowNum() + 1, cells));
            }
        }
        return lines;
    }

    private static void bounded(int rows, int cells, int maxRows) {
        if (rows >= maxRows) {
            throw new UploadRefused(
                    "upload.limit.tableRows", List.of(maxRows), "a table with more than " + maxRows + " rows");
        }
        if (cells > MAX_CELLS) {
            throw new UploadRefused(
                    "upload.limit.tableCells",
                    List.of(MAX_CELLS),
                    "a table row with more than " + MAX_CELLS + " cells");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            return BigDecimal.valueOf(cell.getNumericCellValue())
                    .stripTrailingZeros()
                    .toPlainString();
        }
        if (type == CellType.STRING) {
            return cell.getStringCellValue();
        }
        if (type == CellType.BOOLEAN) {
            return cell.getBooleanCellValue() ? "да" : "нет";
        }
        return formatter.formatCellValue(cell);
    }
}
