package ru.probity.org.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import ru.probity.platform.CsvText;

/**
 * Reads a people table from CSV: UTF-8 with or without BOM, or windows-1251 when the bytes are not
 * valid UTF-8 (Excel «CSV (разделители — запятые)» on Russian Windows); the separator — «;»,
 * «,» or a tab — is the one that occurs most in the header line. The bytes (bounded by the caller)
 * are decoded as they are parsed, not into one string; rows are counted against the limit.
 */
final class CsvPeopleReader {

    private CsvPeopleReader() {}

    static ParseResult read(InputStream in, LocalDate today, int maxRows) throws IOException {
        byte[] bytes = in.readAllBytes();
        Reader text = CsvText.reader(bytes);
        var collector = new PeopleCollector(today, maxRows);
        var format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(CsvText.separator(CsvText.head(bytes)))
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        try (CSVParser parser =
                CSVParser.builder().setReader(text).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                List<Object> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                collector.row((int) record.getRecordNumber(), cells);
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv reports a broken quote this way
            return ParseResult.failed(
                    "Не удалось прочитать CSV-файл: неверная структура файла (например, незакрытые кавычки)");
        }
        return collector.result();
    }
}
