package ru.probity.org.exchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a people table from CSV: UTF-8 with or without BOM, or windows-1251 when the bytes are not
 * valid UTF-8 (Excel «CSV (разделители — запятые)» on Russian Windows); the separator — «;»,
 * «,» or a tab — is the one that occurs most in the header line. The bytes (bounded by the caller)
 * are decoded as they are parsed, not into one string; rows are counted against the limit.
 */
final class CsvPeopleReader {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private CsvPeopleReader() {}

    static ParseResult read(InputStream in, LocalDate today, int maxRows) throws IOException {
        byte[] bytes = in.readAllBytes();
        Reader text = reader(bytes);
        var collector = new PeopleCollector(today, maxRows);
        var format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator(head(bytes)))
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

    /** The text of the bytes as it is read, in the encoding {@link #decode} would choose. */
    static Reader reader(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new InputStreamReader(
                    new ByteArrayInputStream(bytes, 2, bytes.length - 2), StandardCharsets.UTF_16LE);
        }
        return new InputStreamReader(
                new ByteArrayInputStream(bytes), validUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1251);
    }

    /** The first lines, for the separator. */
    private static String head(byte[] bytes) {
        return decode(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, 64 * 1024)));
    }

    /** Whether the bytes are UTF-8, checked without decoding them into one string. */
    private static boolean validUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return false;
            }
            out.clear();
            if (result.isUnderflow()) {
                break;
            }
        }
        return !decoder.flush(out).isError();
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, WINDOWS_1251);
        }
    }

    /** The separator used most in the first line, quoted text aside; «;» when none is found. */
    static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (semicolons + commas + tabs > 0) {
                    break;
                }
            } else if (!quoted) {
                switch (c) {
                    case ';' -> semicolons++;
                    case ',' -> commas++;
                    case '\t' -> tabs++;
                    default -> {}
                }
            }
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return commas > semicolons ? ',' : ';';
    }
}
