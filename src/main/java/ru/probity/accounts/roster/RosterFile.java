package ru.probity.accounts.roster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import ru.probity.platform.BoundedZip;
import ru.probity.platform.CsvText;
import ru.probity.platform.UploadLimits;
import ru.probity.platform.UploadRefused;
import ru.probity.platform.XlsxRows;

/**
 * The accounts file (docs/formats/accounts-import.md): the first sheet of an XLSX workbook, read with
 * POI's streaming event API like the people file, or a CSV table (UTF-8 with or without BOM, or
 * windows-1251; «;», «,» or a tab, whichever the header uses most). The first non-blank row is the
 * header; blank rows are skipped. Never throws for bad content: the problems are in the result.
 */
public final class RosterFile {

    /** The rows read, or the problems that make the file unreadable as a whole (then no rows). */
    public record Parsed(List<RosterRow> rows, List<RosterProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }

        static Parsed failed(String key, Object... args) {
            return new Parsed(List.of(), List.of(RosterProblem.ofFile(key, args)));
        }
    }

    private RosterFile() {}

    /**
     * Reads the file (XLSX or CSV by the extension of {@code fileName}) within the limits: the caller
     * bounds its bytes; an XLSX is checked as an archive ({@link UploadLimits#office()}) before POI
     * opens it; at most {@code max-rows} rows.
     *
     * @throws UploadRefused when the file passes a limit
     */
    public static Parsed read(String fileName, InputStream in, UploadLimits limits) {
        String name = fileName == null ? "" : fileName.trim().toLowerCase(Locale.ROOT);
        var collector = new Collector(limits.maxRows());
        try {
            if (name.endsWith(".xlsx")) {
                Parsed failed = xlsx(in, fileName, limits, collector);
                if (failed != null) {
                    return failed;
                }
            } else if (name.endsWith(".csv")) {
                Parsed failed = csv(in.readAllBytes(), collector);
                if (failed != null) {
                    return failed;
                }
            } else {
                return Parsed.failed("accountImport.error.fileType");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return collector.result();
    }

    private static Parsed xlsx(InputStream in, String fileName, UploadLimits limits, Collector collector)
            throws IOException {
        OPCPackage pkg = null;
        try {
            byte[] bytes = in.readAllBytes();
            try {
                BoundedZip.check(new ByteArrayInputStream(bytes), limits.office(), fileName);
            } catch (java.util.zip.ZipException e) {
                return Parsed.failed("accountImport.error.corrupt");
            }
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg, false);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return Parsed.failed("accountImport.error.noSheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XlsxRows(strings, null, (row, cells) -> collector.row(row, texts(cells))));
                parser.parse(new InputSource(sheet));
            }
            return null;
        } catch (OLE2NotOfficeXmlFileException e) {
            return Parsed.failed("accountImport.error.xls");
        } catch (NotOfficeXmlFileException | EmptyFileException e) {
            return Parsed.failed("accountImport.error.corrupt");
        } catch (UploadRefused e) {
            throw e;
        } catch (OpenXML4JException | SAXException | RuntimeException e) {
            UploadRefused refused = UploadRefused.of(e, fileName, limits);
            if (refused != null) {
                throw refused;
            }
            return Parsed.failed("accountImport.error.corrupt");
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException("XML parser is not available", e);
        } finally {
            if (pkg != null) {
                pkg.revert(); // opened for reading only
            }
        }
    }

    private static Parsed csv(byte[] bytes, Collector collector) throws IOException {
        var format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(CsvText.separator(CsvText.head(bytes)))
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.builder()
                .setReader(CsvText.reader(bytes))
                .setFormat(format)
                .get()) {
            for (CSVRecord record : parser) {
                collector.row((int) record.getRecordNumber(), record.toList());
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            return Parsed.failed("accountImport.error.csv");
        }
        return null;
    }

    /** Gathers the rows: the header first, then the data rows by its columns. */
    private static final class Collector {
        private final int maxRows;
        private Map<RosterColumn, Integer> columns;
        private final List<RosterRow> rows = new ArrayList<>();
        private final List<RosterProblem> problems = new ArrayList<>();
        private int count;

        Collector(int maxRows) {
            this.maxRows = maxRows;
        }

        void row(int line, List<String> cells) {
            if (++count > maxRows) {
                throw new UploadRefused(
                        "upload.limit.tableRows",
                        List.of(maxRows),
                        "More than " + maxRows + " rows in the accounts file");
            }
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            if (columns == null) {
                header(line, cells);
                return;
            }
            rows.add(new RosterRow(
                    line,
                    cell(cells, RosterColumn.LOGIN),
                    cell(cells, RosterColumn.EMPLOYEE_ID),
                    snils(cell(cells, RosterColumn.SNILS)),
                    cell(cells, RosterColumn.EMAIL),
                    yesNo(cell(cells, RosterColumn.TECHNICAL)),
                    cell(cells, RosterColumn.TECHNICAL),
                    cell(cells, RosterColumn.NAME),
                    cell(cells, RosterColumn.ORGANIZATION_ID),
                    cell(cells, RosterColumn.ORGANIZATION_INN),
                    cell(cells, RosterColumn.ROLE)));
        }

        private void header(int line, List<String> cells) {
            columns = new EnumMap<>(RosterColumn.class);
            for (int i = 0; i < cells.size(); i++) {
                String title = cells.get(i);
                if (title == null || title.isBlank()) {
                    continue;
                }
                int index = i;
                RosterColumn.byTitle(title).ifPresent(column -> {
                    if (columns.putIfAbsent(column, index) != null) {
                        problems.add(RosterProblem.of(line, column, "accountImport.error.columnTwice"));
                    }
                });
            }
            boolean person = columns.containsKey(RosterColumn.EMPLOYEE_ID)
                    || columns.containsKey(RosterColumn.SNILS)
                    || columns.containsKey(RosterColumn.EMAIL)
                    || columns.containsKey(RosterColumn.TECHNICAL);
            if (!person) {
                problems.add(RosterProblem.ofFile("accountImport.error.noColumns"));
            }
        }

        private String cell(List<String> cells, RosterColumn column) {
            Integer index = columns.get(column);
            if (index == null || index >= cells.size() || cells.get(index) == null) {
                return null;
            }
            String value = cells.get(index).replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
            return value.isEmpty() ? null : value;
        }

        Parsed result() {
            if (columns == null) {
                return Parsed.failed("accountImport.error.empty");
            }
            if (!problems.isEmpty()) {
                return new Parsed(List.of(), List.copyOf(problems));
            }
            if (rows.isEmpty()) {
                return Parsed.failed("accountImport.error.noRows");
            }
            return new Parsed(List.copyOf(rows), List.of());
        }
    }

    /** Yes or no as people write it; null for anything else (blank is no). */
    static Boolean yesNo(String value) {
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(Locale.ROOT).replace('ё', 'е')) {
            case "да", "д", "yes", "y", "true", "1", "+", "x", "х", "v" -> true;
            case "нет", "н", "no", "n", "false", "0", "-" -> false;
            default -> null;
        };
    }

    /** A СНИЛС as 11 digits (123-456-789 01, a number that lost its leading zeros); else as written. */
    static String snils(String value) {
        if (value == null) {
            return null;
        }
        String digits = value.replaceAll("[\\s\\-]", "");
        if (digits.matches("\\d{1,11}")) {
            return "0".repeat(11 - digits.length()) + digits;
        }
        return value;
    }

    /**
     * The cells as the accounts file reads them: text; numbers in plain notation (no exponent, no
     * «.0»); booleans «да»/«нет»; dates mean nothing here and stay numbers (no styles are read).
     */
    private static List<String> texts(List<Object> cells) {
        List<String> texts = new java.util.ArrayList<>(cells.size());
        for (Object cell : cells) {
            texts.add(
                    switch (cell) {
                        case null -> null;
                        case java.math.BigDecimal number ->
                            number.stripTrailingZeros().toPlainString();
                        case Boolean yes -> yes ? "да" : "нет";
                        default -> cell.toString();
                    });
        }
        return texts;
    }
}
