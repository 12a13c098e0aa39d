package ru.probity.procurement.fns;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.PersonName;

/**
 * Reads register entries from other sources: a UTF-8 CSV file separated by «;» with the header
 * {@value #HEADER}, one tie per row; rows with the same {@code inn} form one company (or one
 * entrepreneur), in the order of their first row. The format: {@code docs/formats/registers-csv.md}.
 * The file is read whole into memory (these files are small, unlike the FNS XML). Any bad row is a
 * {@link RegisterFileException} with the line number; no row is skipped silently.
 */
public final class FnsCsvReader {

    /** The header line, exactly these columns in this order (case and spaces around names aside). */
    public static final String HEADER =
            "kind;inn;ogrn;name;address;email;person_inn;last_name;first_name;middle_name;role;share_percent;founder_inn;founder_name";

    private static final String[] COLUMNS = HEADER.split(";");
    private static final int KIND = 0, INN = 1, OGRN = 2, NAME = 3, ADDRESS = 4, EMAIL = 5, PERSON_INN = 6;
    private static final int LAST = 7,
            FIRST = 8,
            MIDDLE = 9,
            ROLE = 10,
            SHARE = 11,
            FOUNDER_INN = 12,
            FOUNDER_NAME = 13;

    private FnsCsvReader() {}

    /**
     * Reads {@code in} to its end (it is not closed).
     *
     * @throws RegisterFileException on the first bad line
     */
    public static ReadSummary read(
            InputStream in, String fileName, Consumer<Company> companies, Consumer<Entrepreneur> entrepreneurs) {
        long started = System.nanoTime();
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Rows rows = new Rows(fileName);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(';')
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(decode(bytes, fileName)), format)) {
            long line = 0;
            boolean header = true;
            for (CSVRecord record : parser) {
                int at = (int) line + 1;
                line = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (header) {
                    checkHeader(record, fileName, at);
                    header = false;
                } else {
                    rows.add(record, at);
                }
            }
            if (header) {
                throw new RegisterFileException(fileName, 0, 0, "файл пуст, нет даже заголовка", "the file is empty");
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new RegisterFileException(
                    fileName,
                    0,
                    0,
                    "не удалось прочитать CSV: неверная структура файла (например, незакрытые кавычки)",
                    "malformed CSV: " + e.getMessage(),
                    e);
        }
        int persons = 0, legal = 0;
        for (CsvEntry entry : rows.companies.values()) {
            Company c = entry.company();
            persons += c.people().size();
            legal += c.founders().size();
            companies.accept(c);
        }
        rows.entrepreneurs.values().forEach(e -> entrepreneurs.accept(e.entrepreneur()));
        return new ReadSummary(
                rows.companies.size(),
                rows.entrepreneurs.size(),
                persons,
                legal,
                0,
                bytes.length,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static String decode(byte[] bytes, String fileName) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new RegisterFileException(
                    fileName, 0, 0, "файл не в кодировке UTF-8 (сохраните его как CSV UTF-8)", "the file is not UTF-8");
        }
    }

    private static void checkHeader(CSVRecord record, String fileName, int line) {
        boolean ok = record.size() == COLUMNS.length;
        for (int i = 0; ok && i < COLUMNS.length; i++) {
            ok = COLUMNS[i].equals(record.get(i).toLowerCase(Locale.ROOT));
        }
        if (!ok) {
            throw new RegisterFileException(
                    fileName, line, 0, "заголовок должен быть таким: " + HEADER, "wrong header, expected " + HEADER);
        }
    }

    /** The rows read so far, grouped by INN. */
    private static final class Rows {
        final String fileName;
        final Map<String, CsvEntry> companies = new LinkedHashMap<>();
        final Map<String, CsvEntry> entrepreneurs = new LinkedHashMap<>();

        Rows(String fileName) {
            this.fileName = fileName;
        }

        void add(CSVRecord r, int line) {
            CsvEntry.Row row = new CsvEntry.Row(fileName, line);
            if (r.size() != COLUMNS.length) {
                throw row.error(
                        "ожидалось " + COLUMNS.length + " полей через «;», а их " + r.size(),
                        "expected " + COLUMNS.length + " fields, got " + r.size());
            }
            String kind = row.value(r.get(KIND));
            String role = row.value(r.get(ROLE));
            String inn = row.value(r.get(INN));
            if (!Objects.equals(kind, "company") && !Objects.equals(kind, "entrepreneur")) {
                throw row.error(
                        "в поле kind должно быть company или entrepreneur, а не «" + (kind == null ? "" : kind) + "»",
                        "kind must be company or entrepreneur");
            }
            boolean company = kind.equals("company");
            CompanyRole tie = role == null
                    ? null
                    : switch (role) {
                        case "director" -> CompanyRole.DIRECTOR;
                        case "board_member" -> CompanyRole.BOARD_MEMBER;
                        case "founder" -> CompanyRole.FOUNDER;
                        case "entrepreneur" -> null;
                        default ->
                            throw row.error(
                                    "в поле role должно быть director, board_member, founder или entrepreneur, а не «"
                                            + role + "»",
                                    "unknown role " + role);
                    };
            if (company && "entrepreneur".equals(role)) {
                throw row.error(
                        "роль entrepreneur бывает только у kind=entrepreneur", "role entrepreneur in a company row");
            }
            if (!company && tie != null) {
                throw row.error(
                        "у индивидуального предпринимателя роль может быть только entrepreneur",
                        "a role of an entrepreneur row");
            }
            row.identifier(inn, company ? Cursor.IdCheck.ORGANIZATION_INN : Cursor.IdCheck.PERSON_INN, "ИНН", true);
            Map<String, CsvEntry> group = company ? companies : entrepreneurs;
            CsvEntry entry = group.computeIfAbsent(inn, k -> new CsvEntry(inn, company, line));
            entry.merge(row, r.get(OGRN), r.get(NAME), r.get(ADDRESS), r.get(EMAIL));
            String personInn = row.value(r.get(PERSON_INN));
            PersonName name = row.value(r.get(LAST)) == null
                    ? null
                    : new PersonName(row.value(r.get(LAST)), row.value(r.get(FIRST)), row.value(r.get(MIDDLE)));
            BigDecimal share = row.percent(r.get(SHARE));
            if (company) {
                entry.tie(
                        row,
                        tie,
                        personInn,
                        name,
                        share,
                        row.value(r.get(FOUNDER_INN)),
                        row.value(r.get(FOUNDER_NAME)));
            } else {
                entry.person(row, personInn, name);
            }
        }
    }
}
