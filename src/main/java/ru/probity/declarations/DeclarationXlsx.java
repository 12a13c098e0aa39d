package ru.probity.declarations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.probity.declarations.checks.DeclarationContent;
import ru.probity.declarations.checks.Problem;

/**
 * The project's XLSX template of a declaration (docs/formats/declarations-xlsx.md): a sheet of
 * persons and one sheet per section of the form (in the form's order), each row naming its person
 * by number. Reading gives the
 * {@link DeclarationForm} and where each of its rows came from, so every problem is told with its
 * sheet and row.
 */
final class DeclarationXlsx {

    static final String PERSONS = "Лица";
    static final String LISTS = "Справочники";

    /** A column of a section sheet: its header and the field of the form's row it fills. */
    record Column(String header, String field) {}

    /**
     * A sheet of the template: its name, the form's section (a list of {@link
     * DeclarationForm.PersonForm}), how a row of it is made, the columns after «Лицо».
     */
    record Section(String sheet, String section, Supplier<Object> row, List<Column> columns) {}

    private static Column c(String header, String field) {
        return new Column(header, field);
    }

    static final List<Section> SECTIONS = List.of(
            new Section(
                    "Доходы",
                    "incomes",
                    DeclarationForm.IncomeRow::new,
                    List.of(c("Вид дохода", "kind"), c("Пояснение", "description"), c("Сумма, руб.", "amount"))),
            new Section(
                    "Расходы",
                    "expenses",
                    DeclarationForm.ExpenseRow::new,
                    List.of(
                            c("Вид имущества", "subject"),
                            c("Приобретённое имущество", "description"),
                            c("Сумма сделки, руб.", "amount"),
                            c("Источник средств", "source"))),
            new Section(
                    "Недвижимость",
                    "realEstate",
                    DeclarationForm.EstateRow::new,
                    List.of(
                            c("Вид", "kind"),
                            c("Вид собственности", "ownership"),
                            c("Площадь, кв. м", "area"),
                            c("Страна", "country"),
                            c("Адрес", "address"),
                            c("Основание приобретения и источник средств", "basis"))),
            new Section(
                    "Транспорт",
                    "vehicles",
                    DeclarationForm.VehicleRow::new,
                    List.of(
                            c("Вид", "kind"),
                            c("Марка, модель", "make"),
                            c("Год выпуска", "year"),
                            c("Вид собственности", "ownership"),
                            c("Место регистрации", "registration"))),
            new Section(
                    "Цифровые активы",
                    "digitalAssets",
                    FormRows.AssetRow::new,
                    List.of(
                            c("Наименование актива или права", "name"),
                            c("Дата приобретения", "acquiredOn"),
                            c("Общее количество", "units"),
                            c("Оператор информационной системы", "operator"))),
            new Section(
                    "Утилитарные ЦП",
                    "utilityRights",
                    FormRows.UtilityRow::new,
                    List.of(
                            c("Наименование утилитарного цифрового права", "name"),
                            c("Дата приобретения", "acquiredOn"),
                            c("Сумма инвестиций, руб.", "investment"),
                            c("Оператор инвестиционной платформы", "operator"))),
            new Section(
                    "Цифровая валюта",
                    "digitalCurrency",
                    FormRows.CurrencyRow::new,
                    List.of(
                            c("Наименование цифровой валюты", "name"),
                            c("Дата приобретения", "acquiredOn"),
                            c("Общее количество", "units"))),
            new Section(
                    "Счета",
                    "accounts",
                    DeclarationForm.AccountRow::new,
                    List.of(
                            c("Банк", "bank"),
                            c("Валюта счёта", "currency"),
                            c("Дата открытия", "openedOn"),
                            c("Остаток на 31 декабря, руб.", "balance"),
                            c("Поступило за отчётный период, руб.", "inflows"),
                            c("Вид счёта", "kind"))),
            new Section(
                    "Участие",
                    "shares",
                    DeclarationForm.ShareRow::new,
                    List.of(
                            c("Наименование", "company"),
                            c("ИНН", "inn"),
                            c("ОГРН", "ogrn"),
                            c("Доля, %", "percent"),
                            c("Основание участия", "basis"),
                            c("Организационно-правовая форма", "legalForm"),
                            c("Местонахождение (адрес)", "address"),
                            c("Уставный капитал, руб.", "capital"))),
            new Section(
                    "Ценные бумаги",
                    "securities",
                    FormRows.SecurityRow::new,
                    List.of(
                            c("Вид ценной бумаги", "kind"),
                            c("Лицо, выпустившее ценную бумагу", "issuer"),
                            c("Номинальная величина, руб.", "nominal"),
                            c("Общее количество", "count"),
                            c("Общая стоимость, руб.", "total"))),
            new Section(
                    "В пользовании",
                    "inUse",
                    DeclarationForm.InUseRow::new,
                    List.of(
                            c("Вид", "kind"),
                            c("Площадь, кв. м", "area"),
                            c("Страна", "country"),
                            c("Основание пользования", "basis"),
                            c("Адрес", "address"),
                            c("Вид пользования", "useKind"),
                            c("Срок пользования: с", "useFrom"),
                            c("Срок пользования: по", "useTo"))),
            new Section(
                    "Обязательства",
                    "obligations",
                    FormRows.FinancialRow::new,
                    List.of(
                            c("Содержание обязательства", "content"),
                            c("Лицо является (должник / кредитор)", "role"),
                            c("Вторая сторона (кредитор или должник)", "party"),
                            c("Основание возникновения", "basis"),
                            c("Сумма обязательства, руб.", "amount"),
                            c("Размер на отчётную дату, руб.", "outstanding"),
                            c("Условия обязательства", "conditions"))),
            new Section(
                    "Отчуждено безвозмездно",
                    "gifts",
                    FormRows.GiftRow::new,
                    List.of(
                            c("Вид имущества", "kind"),
                            c("Имущество", "description"),
                            c("Приобретатель", "recipient"),
                            c("Основание отчуждения", "basis"))));

    static final List<String> PERSON_COLUMNS = List.of(
            "№",
            "Кем приходится",
            "Фамилия",
            "Имя",
            "Отчество",
            "Дата рождения",
            "Должность (декларант)",
            "Паспорт: серия",
            "Паспорт: номер",
            "Паспорт: кем выдан",
            "Паспорт: дата выдачи",
            "Адрес места регистрации");

    /** The form read from a workbook, where its rows came from, and what could not be read. */
    record Read(DeclarationForm form, Map<String, String> origins, List<Problem> problems) {

        /** «Лист "Доходы", строка 4» for a field {@code persons[0].incomes[2].amount}. */
        String origin(String field) {
            String f = field == null ? "" : field;
            int dot = f.lastIndexOf("].");
            String row = dot < 0 ? f : f.substring(0, dot + 1);
            String origin = origins.get(row);
            if (origin == null && f.startsWith("persons[")) {
                origin = origins.get(f.substring(0, f.indexOf(']') + 1));
            }
            return origin;
        }
    }

    private DeclarationXlsx() {}

    static Read read(InputStream in) throws IOException {
        return read(in, "XLSX", ru.probity.platform.UploadLimits.current());
    }

    /**
     * Reads the workbook within the limits: at most {@code declaration-file} bytes, its parts
     * expanded at most {@code max-table} and not compressed like a «zip bomb» (checked before POI
     * opens it in memory).
     *
     * @throws ru.probity.platform.UploadRefused when a limit is passed
     */
    static Read read(InputStream in, String fileName, ru.probity.platform.UploadLimits limits) throws IOException {
        byte[] bytes = ru.probity.platform.BoundedZip.readAll(
                in, limits.declarationFile().toBytes(), fileName);
        ru.probity.platform.BoundedZip.check(new java.io.ByteArrayInputStream(bytes), limits.table(), fileName);
        try (Workbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            DeclarationForm form = new DeclarationForm();
            Map<String, String> origins = new HashMap<>();
            List<Problem> problems = new ArrayList<>();
            Sheet persons = book.getSheet(PERSONS);
            if (persons == null) {
                problems.add(Problem.of("", "declarations.import.sheetMissing", PERSONS));
                return new Read(form, origins, problems);
            }
            Map<String, Integer> byNumber = new HashMap<>();
            for (Row row : persons) {
                if (row.getRowNum() == 0 || blank(row, 6)) {
                    continue;
                }
                DeclarationForm.PersonForm p = new DeclarationForm.PersonForm();
                String number = text(row.getCell(0));
                p.relation = relation(text(row.getCell(1)));
                p.lastName = text(row.getCell(2));
                p.firstName = text(row.getCell(3));
                p.middleName = text(row.getCell(4));
                p.birthDate = text(row.getCell(5));
                // the title page, read for the declarant only (DeclarationForm#toContent)
                p.post = text(row.getCell(6));
                p.passportSeries = text(row.getCell(7));
                p.passportNumber = text(row.getCell(8));
                p.passportIssuedBy = text(row.getCell(9));
                p.passportIssuedOn = text(row.getCell(10));
                p.address = text(row.getCell(11));
                int index = form.persons.size();
                origins.put("persons[" + index + "]", origin(PERSONS, row));
                byNumber.put(number == null ? String.valueOf(index + 1) : number, index);
                form.persons.add(p);
            }
            for (Section section : SECTIONS) {
                Sheet sheet = book.getSheet(section.sheet());
                if (sheet == null) {
                    continue; // a section with nothing to declare may be left out
                }
                int width = section.columns().size() + 1;
                for (Row row : sheet) {
                    if (row.getRowNum() == 0 || blank(row, width)) {
                        continue;
                    }
                    String number = text(row.getCell(0));
                    Integer person = number == null ? null : byNumber.get(number);
                    if (person == null) {
                        problems.add(Problem.of(
                                "@" + origin(sheet.getSheetName(), row),
                                "declarations.import.unknownPerson",
                                number == null ? "" : number));
                        continue;
                    }
                    String[] v = new String[width - 1];
                    for (int i = 1; i < width; i++) {
                        v[i - 1] = text(row.getCell(i));
                    }
                    DeclarationForm.PersonForm p = form.persons.get(person);
                    int at = add(p, section, v);
                    origins.put(
                            "persons[" + person + "]." + section.section() + "[" + at + "]",
                            origin(sheet.getSheetName(), row));
                }
            }
            return new Read(form, origins, problems);
        }
    }

    /**
     * Adds a row to the person's section, its fields from the cells in the order of the columns;
     * returns its index there. The sections and fields are those of {@link DeclarationForm} (named
     * in {@link #SECTIONS}; {@code DeclarationsTest} imports every sheet).
     */
    @SuppressWarnings("unchecked")
    private static int add(DeclarationForm.PersonForm p, Section section, String[] v) {
        try {
            Object row = section.row().get();
            for (int i = 0; i < v.length; i++) {
                row.getClass().getField(section.columns().get(i).field()).set(row, v[i]);
            }
            List<Object> rows = (List<Object>)
                    DeclarationForm.PersonForm.class.getField(section.section()).get(p);
            rows.add(row);
            return rows.size() - 1;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The template's section " + section.section() + " is not the form's", e);
        }
    }

    /** The empty template with its reference lists. */
    static void template(OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            header(book.createSheet(PERSONS), PERSON_COLUMNS);
            for (Section s : SECTIONS) {
                List<String> columns = new ArrayList<>();
                columns.add("Лицо (№)");
                s.columns().forEach(c -> columns.add(c.header()));
                header(book.createSheet(s.sheet()), columns);
            }
            Sheet lists = book.createSheet(LISTS);
            column(
                    lists,
                    0,
                    "Кем приходится",
                    DeclarationContent.Relation.values(),
                    DeclarationContent.Relation::label);
            column(
                    lists,
                    1,
                    "Вид дохода",
                    DeclarationContent.IncomeKind.values(),
                    DeclarationContent.IncomeKind::label);
            column(
                    lists,
                    2,
                    "Вид имущества (сделки)",
                    DeclarationContent.DealSubject.values(),
                    DeclarationContent.DealSubject::label);
            column(
                    lists,
                    3,
                    "Вид недвижимости",
                    DeclarationContent.EstateKind.values(),
                    DeclarationContent.EstateKind::label);
            column(
                    lists,
                    4,
                    "Вид транспортного средства",
                    DeclarationContent.VehicleKind.values(),
                    DeclarationContent.VehicleKind::label);
            column(
                    lists,
                    5,
                    "Лицо в обязательстве",
                    DeclarationContent.ObligationRole.values(),
                    DeclarationContent.ObligationRole::label);
            column(
                    lists,
                    6,
                    "Вид отчуждённого имущества",
                    DeclarationContent.GiftKind.values(),
                    DeclarationContent.GiftKind::label);
            book.write(out);
        }
    }

    private static <E> void column(Sheet sheet, int c, String title, E[] values, Function<E, String> label) {
        for (int r = 0; r <= values.length; r++) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            row.createCell(c).setCellValue(r == 0 ? title : label.apply(values[r - 1]));
        }
        sheet.setColumnWidth(c, 40 * 256);
    }

    private static void header(Sheet sheet, List<String> columns) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            row.createCell(i).setCellValue(columns.get(i));
            sheet.setColumnWidth(i, 22 * 256);
        }
    }

    private static String relation(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(java.util.Locale.ROOT).replace('ё', 'е');
        if (t.startsWith("декларант")) {
            return "DECLARANT";
        }
        if (t.startsWith("супруг") || t.equals("муж") || t.equals("жена")) {
            return "SPOUSE";
        }
        if (t.contains("ребен") || t.equals("сын") || t.equals("дочь")) {
            return "CHILD";
        }
        return text.strip();
    }

    private static String origin(String sheet, Row row) {
        return sheet + "\u0000" + (row.getRowNum() + 1);
    }

    private static boolean blank(Row row, int width) {
        for (int i = 0; i < width; i++) {
            if (text(row.getCell(i)) != null) {
                return false;
            }
        }
        return true;
    }

    private static final DataFormatter FORMAT = new DataFormatter(java.util.Locale.ROOT);

    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String value;
        if (type == CellType.NUMERIC) {
            value = DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue())
                            .stripTrailingZeros()
                            .toPlainString();
        } else if (type == CellType.BOOLEAN) {
            value = String.valueOf(cell.getBooleanCellValue());
        } else {
            value = FORMAT.formatCellValue(cell);
        }
        return value == null || value.isBlank() ? null : value.strip();
    }
}
