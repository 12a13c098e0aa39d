package ru.probity.org.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ru.probity.platform.UploadLimits;

/**
 * The people file: one flat table of employees, each followed by the rows of his relatives (a row
 * with «Родство» filled belongs to the nearest employee row above it). The same columns serve XLSX
 * (first sheet) and CSV; see {@link Column} for the titles.
 */
public final class PeopleFile {

    private PeopleFile() {}

    /**
     * Reads an XLSX or CSV file, chosen by the extension of {@code fileName}. Never throws for bad
     * content: every problem found is in {@link ParseResult#errors()}.
     *
     * @throws UncheckedIOException when {@code in} itself fails to deliver bytes
     */
    public static ParseResult read(String fileName, InputStream in) {
        return read(fileName, in, LocalDate.now(), UploadLimits.current());
    }

    /**
     * As {@link #read(String, InputStream)}, within the limits: at most {@code max-rows} rows; an
     * XLSX expanded at most {@code max-office-expanded} and not compressed like a «zip bomb». The
     * caller bounds the bytes of {@code in}.
     *
     * @throws ru.probity.platform.UploadRefused when the file passes a limit
     */
    public static ParseResult read(String fileName, InputStream in, UploadLimits limits) {
        return read(fileName, in, LocalDate.now(), limits);
    }

    /** As {@link #read(String, InputStream)}, with the day birth dates are checked against. */
    static ParseResult read(String fileName, InputStream in, LocalDate today) {
        return read(fileName, in, today, UploadLimits.current());
    }

    static ParseResult read(String fileName, InputStream in, LocalDate today, UploadLimits limits) {
        String name = fileName == null ? "" : fileName.trim().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return XlsxPeopleReader.read(in, today, fileName, limits);
        }
        if (name.endsWith(".csv")) {
            try {
                return CsvPeopleReader.read(in, today, limits.maxRows());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ParseResult.failed("Поддерживаются файлы XLSX и CSV");
    }

    /**
     * Writes people in the same format as an XLSX workbook, with an extra column «Организация»
     * (the name from {@code organizationNames}) that the reader ignores.
     */
    public static void writeXlsx(List<ImportedEmployee> people, Map<Long, String> organizationNames, OutputStream out)
            throws IOException {
        XlsxPeopleWriter.write(people, organizationNames, out);
    }
}
