package ru.probity.org.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.probity.identifiers.Identifiers;

/** Builds people files in tests: XLSX and CSV bytes from rows of values, and valid identifiers. */
final class PeopleFiles {

    /** The day the tests pretend it is. */
    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    static final List<String> HEADER = List.of(
            "Код организации",
            "Фамилия",
            "Имя",
            "Отчество",
            "Дата рождения",
            "ИНН",
            "СНИЛС",
            "Телефон",
            "Email",
            "Адрес",
            "Должность",
            "Дата назначения",
            "Дата увольнения",
            "Должность в перечне",
            "Руководитель заказчика",
            "Руководитель контрактной службы",
            "Контрактный управляющий",
            "Член комиссии по закупкам",
            "Родство",
            "Место работы");

    private PeopleFiles() {}

    /** A valid 12-digit INN of a person, different for each n. */
    static String inn(int n) {
        return Identifiers.completePersonInn(String.format("40%08d", n));
    }

    /** A valid SNILS (with a checksum), different for each n. */
    static String snils(int n) {
        return Identifiers.completeSnils(String.format("%09d", 100_000_000 + n));
    }

    /** An employee row in {@link #HEADER} order; null values are empty cells. */
    static List<Object> employee(
            Object orgId, String last, String first, String middle, Object birth, String inn, String post) {
        return row(
                orgId, last, first, middle, birth, inn, null, null, null, null, post, null, null, null, null, null,
                null, null, null, null);
    }

    /** A relative row in {@link #HEADER} order. */
    static List<Object> relative(String relation, String last, String first, String middle, Object birth, String inn) {
        return row(
                null, last, first, middle, birth, inn, null, null, null, null, null, null, null, null, null, null, null,
                null, relation, null);
    }

    static List<Object> row(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    /** The same list with one value replaced. */
    static List<Object> with(List<Object> row, String column, Object value) {
        List<Object> copy = new ArrayList<>(row);
        copy.set(HEADER.indexOf(column), value);
        return copy;
    }

    /**
     * Three employees of two organizations with relatives, covering every column, ALL CAPS names,
     * date cells, ISO dates and numbers.
     */
    static List<List<Object>> sample() {
        return List.of(
                row(
                        17L,
                        "ИВАНОВ",
                        "ИВАН",
                        "ИВАНОВИЧ",
                        LocalDate.of(1975, 3, 15),
                        inn(1),
                        "112-233-445 95",
                        "+7 4842 12-34-56",
                        "ivanov@kaluga.ru",
                        "г. Калуга,  ул. Ленина, д. 1",
                        "Начальник управления",
                        "01.02.2010",
                        null,
                        "да",
                        "да",
                        "нет",
                        "0",
                        "+",
                        null,
                        null),
                row(
                        null,
                        "Иванова",
                        "Мария",
                        "Петровна",
                        "1978-05-20",
                        inn(2),
                        snils(2),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Жена",
                        "МБОУ «СОШ № 5»"),
                row(
                        null,
                        "Иванов",
                        "Пётр",
                        "Иванович",
                        "10.10.2005",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "нет",
                        null,
                        null,
                        null,
                        null,
                        "сын",
                        null),
                row(
                        "17",
                        "ПЕТРОВА-ВОДКИНА",
                        "Анна",
                        null,
                        "02.01.1980",
                        null,
                        snils(3),
                        null,
                        "petrova@kaluga.ru",
                        null,
                        "Главный специалист",
                        LocalDate.of(2015, 9, 1),
                        "31.12.2024",
                        "1",
                        null,
                        null,
                        "true",
                        "false",
                        null,
                        null),
                row(
                        18L,
                        "Сидоров",
                        "Олег",
                        "Олегович",
                        null,
                        inn(4),
                        null,
                        null,
                        null,
                        null,
                        "Директор МКУ",
                        null,
                        null,
                        null,
                        "да",
                        null,
                        null,
                        null,
                        null,
                        null),
                row(
                        null,
                        "Смирнова",
                        "Галина",
                        "Ивановна",
                        "05.06.1950",
                        null,
                        null,
                        "8-910-000-00-00",
                        null,
                        "д. Ромоданово",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "тёща",
                        "пенсионерка"));
    }

    static byte[] xlsx(List<String> header, List<List<Object>> rows) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Люди");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            var headerRow = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                headerRow.createCell(i).setCellValue(header.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    switch (values.get(i)) {
                        case null -> {}
                        case String s -> row.createCell(i).setCellValue(s);
                        case Number n -> row.createCell(i).setCellValue(n.doubleValue());
                        case Boolean b -> row.createCell(i).setCellValue(b);
                        case LocalDate d -> {
                            var cell = row.createCell(i);
                            cell.setCellValue(d);
                            cell.setCellStyle(dateStyle);
                        }
                        default ->
                            throw new IllegalArgumentException(values.get(i).toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] csv(List<String> header, List<List<Object>> rows, char separator, Charset charset, boolean bom) {
        var out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        try (var printer = new CSVPrinter(
                new OutputStreamWriter(out, charset),
                CSVFormat.DEFAULT.builder().setDelimiter(separator).get())) {
            printer.printRecord(header);
            for (List<Object> row : rows) {
                printer.printRecord(row.stream()
                        .map(v -> v instanceof LocalDate d ? d.format(ru.probity.platform.RussianFormats.DATE) : v)
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static ParseResult read(String fileName, byte[] bytes) {
        return PeopleFile.read(fileName, new ByteArrayInputStream(bytes), TODAY);
    }
}
