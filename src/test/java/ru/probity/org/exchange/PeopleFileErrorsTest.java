package ru.probity.org.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static ru.probity.org.exchange.PeopleFiles.HEADER;
import static ru.probity.org.exchange.PeopleFiles.employee;
import static ru.probity.org.exchange.PeopleFiles.inn;
import static ru.probity.org.exchange.PeopleFiles.read;
import static ru.probity.org.exchange.PeopleFiles.relative;
import static ru.probity.org.exchange.PeopleFiles.with;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import ru.probity.org.RelationKind;

class PeopleFileErrorsTest {

    private static String brokenInn(int n) {
        String good = inn(n);
        return good.substring(0, 11) + (char) ('0' + (good.charAt(11) - '0' + 1) % 10);
    }

    @Test
    void reportsEveryBadRowWithItsLineAndColumnInRussian() {
        List<List<Object>> rows = List.of(
                relative("жена", "Рано", "Ранняя", null, null, null), // 2: before any employee
                employee(1L, "Первый", "Иван", null, "01.01.1980", brokenInn(1), "Специалист"), // 3
                with(employee(1L, "Второй", "Пётр", null, null, null, "Специалист"), "СНИЛС", "112-233-445 96"), // 4
                employee(1L, null, "Безфамильный", null, null, null, "Специалист"), // 5
                employee(1L, "Датов", "Олег", null, "31.02.1980", null, "Специалист"), // 6
                relative("кум", "Кумов", "Кум", null, null, null), // 7
                employee(2L, "Дубль", "Сергей", null, null, inn(5), "Специалист"), // 8
                employee(2L, "Дублев", "Семён", null, null, inn(5), "Водитель"), // 9
                employee("0", "Нулев", "Код", null, "01.01.2030", null, null), // 10
                with(employee(3L, "Почтов", "Ян", null, null, null, "Секретарь"), "Email", "yan@@mail"), // 11
                with(
                        employee(3L, "Флагов", "Ян", null, null, null, "Секретарь"),
                        "Контрактный управляющий",
                        "может")); // 12

        ParseResult result = read("ошибки.xlsx", PeopleFiles.xlsx(HEADER, rows));

        assertThat(result.ok()).isFalse();
        assertThat(result.errors())
                .extracting(RowError::line, RowError::column)
                .containsExactly(
                        tuple(2, null),
                        tuple(3, "ИНН"),
                        tuple(4, "СНИЛС"),
                        tuple(5, "Фамилия"),
                        tuple(6, "Дата рождения"),
                        tuple(7, "Родство"),
                        tuple(9, "ИНН"),
                        tuple(10, "Код организации"),
                        tuple(10, "Дата рождения"),
                        tuple(10, "Должность"),
                        tuple(11, "Электронная почта"),
                        tuple(12, "Контрактный управляющий"));
        assertThat(result.errors())
                .extracting(RowError::message)
                .containsExactly(
                        "Строка 2: родственник указан до первого сотрудника: строка родственника должна идти после строки сотрудника",
                        "Строка 3, столбец «ИНН»: неверная контрольная цифра ИНН",
                        "Строка 4, столбец «СНИЛС»: неверная контрольная сумма СНИЛС",
                        "Строка 5, столбец «Фамилия»: не заполнено обязательное поле",
                        "Строка 6, столбец «Дата рождения»: нет такой даты «31.02.1980»",
                        "Строка 7, столбец «Родство»: неизвестная степень родства «кум»",
                        "Строка 9, столбец «ИНН»: ИНН " + inn(5) + " уже указан в строке 8",
                        "Строка 10, столбец «Код организации»: код организации должен быть целым положительным числом, указано «0»",
                        "Строка 10, столбец «Дата рождения»: дата рождения должна быть после 01.01.1900 и не позже сегодняшнего дня",
                        "Строка 10, столбец «Должность»: не указана должность сотрудника",
                        "Строка 11, столбец «Электронная почта»: неверный адрес электронной почты «yan@@mail»",
                        "Строка 12, столбец «Контрактный управляющий»: ожидается «да» или «нет», указано «может»");
        assertThat(result.employees()).extracting(e -> e.employee().lastName()).containsExactly("Дубль");
    }

    @Test
    void reportsBadDatesAndEmployeeFieldsOnRelatives() {
        List<List<Object>> rows = List.of(
                with(
                        with(
                                employee(1L, "Иванов", "Иван", null, "1980-13-01", null, "Специалист"),
                                "Дата назначения",
                                "01.02.2020"),
                        "Дата увольнения",
                        "01.01.2020"), // 2
                with(relative("отец", "Иванов", "Пётр", null, "вчера", null), "Должность", "Пенсионер"), // 3
                employee(1L, "Петров", "Иван", null, null, null, "Специалист"), // 4
                with(relative("мать", "Петрова", "Анна", null, null, null), "Код организации", 2L), // 5
                with(relative("брат", "Петров", "Олег", null, null, null), "Код организации", 1L), // 6
                with(employee(1L, "Сидоров", "Иван", null, null, null, "Специалист"), "Место работы", "МУП")); // 7

        ParseResult result = read("ошибки.csv", PeopleFiles.csv(HEADER, rows, ';', StandardCharsets.UTF_8, true));

        assertThat(result.errors())
                .extracting(RowError::message)
                .containsExactly(
                        "Строка 2, столбец «Дата рождения»: нет такой даты «1980-13-01»",
                        "Строка 2, столбец «Дата увольнения»: дата увольнения раньше даты назначения",
                        "Строка 3, столбец «Должность»: заполняется только для сотрудников, а в строке указан родственник",
                        "Строка 3, столбец «Дата рождения»: дата «вчера» должна быть в виде ДД.ММ.ГГГГ",
                        "Строка 5, столбец «Код организации»: у родственника код организации не указывается (или совпадает с кодом сотрудника в строке 4)",
                        "Строка 7, столбец «Место работы»: заполняется только для родственников (укажите «Родство»)");
    }

    @Test
    void reportsADuplicateSnilsAmongEmployeesAndARelativeRepeatingTheEmployee() {
        String snils = PeopleFiles.snils(7);
        List<List<Object>> rows = List.of(
                with(employee(1L, "Иванов", "Иван", null, null, inn(1), "Специалист"), "СНИЛС", snils),
                relative("жена", "Иванова", "Анна", null, null, inn(1)),
                with(employee(1L, "Петров", "Иван", null, null, null, "Специалист"), "СНИЛС", snils));

        ParseResult result = read("ошибки.xlsx", PeopleFiles.xlsx(HEADER, rows));

        assertThat(result.errors())
                .extracting(RowError::message)
                .containsExactly(
                        "Строка 3, столбец «ИНН»: ИНН " + inn(1) + " уже указан в строке 2",
                        "Строка 4, столбец «СНИЛС»: СНИЛС " + snils + " уже указан в строке 2");
    }

    @Test
    void acceptsTheSameRelativeUnderTwoEmployeesAndSpousesWorkingTogether() {
        List<List<Object>> rows = List.of(
                employee(1L, "Иванов", "Иван", null, null, inn(1), "Специалист"),
                relative("мать", "Иванова", "Анна", null, null, inn(3)),
                relative("жена", "Иванова", "Ольга", null, null, inn(2)),
                employee(1L, "Иванова", "Ольга", null, null, inn(2), "Бухгалтер"),
                relative("свекровь", "Иванова", "Анна", null, null, inn(3)),
                relative("муж", "Иванов", "Иван", null, null, inn(1)));

        ParseResult result = read("семья.xlsx", PeopleFiles.xlsx(HEADER, rows));

        assertThat(result.errors()).isEmpty();
        assertThat(result.employees().get(1).relatives())
                .extracting(PersonRow::relation)
                .containsExactly(RelationKind.SPOUSE_PARENT, RelationKind.SPOUSE);
    }

    @Test
    void anUnknownColumnIsAnErrorNamingIt() {
        List<String> header = new ArrayList<>(HEADER);
        header.add("Паспорт");
        header.add("Табельный номер");

        ParseResult result =
                read("люди.csv", PeopleFiles.csv(header, PeopleFiles.sample(), ';', StandardCharsets.UTF_8, false));

        assertThat(result.ok()).isFalse();
        assertThat(result.employees()).isEmpty();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.message())
                    .startsWith(
                            "Строка 1: неизвестные столбцы «Паспорт», «Табельный номер». Допустимые столбцы: «Код сотрудника», «Код организации»");
        });
    }

    @Test
    void aMissingRequiredColumnIsAnError() {
        List<String> header = new ArrayList<>(HEADER);
        header.set(HEADER.indexOf("Должность"), "");

        ParseResult result = read("люди.xlsx", PeopleFiles.xlsx(header, PeopleFiles.sample()));

        assertThat(result.errors())
                .extracting(RowError::message)
                .containsExactly("Строка 1: нет обязательного столбца «Должность»");
    }

    @Test
    void aNonExcelFileWithXlsxExtensionGivesAClearError() throws IOException {
        ParseResult text = read("люди.xlsx", "Фамилия;Имя\nИванов;Иван".getBytes(StandardCharsets.UTF_8));
        ParseResult empty = read("люди.xlsx", new byte[0]);
        var xls = new ByteArrayOutputStream();
        try (var workbook = new HSSFWorkbook()) {
            workbook.createSheet().createRow(0).createCell(0).setCellValue("Фамилия");
            workbook.write(xls);
        }
        ParseResult old = read("люди.xlsx", xls.toByteArray());

        assertThat(text.errors()).containsExactly(new RowError(0, null, XlsxPeopleReader.CORRUPT));
        assertThat(empty.errors()).containsExactly(new RowError(0, null, XlsxPeopleReader.CORRUPT));
        assertThat(old.errors())
                .singleElement()
                .satisfies(e -> assertThat(e.message()).contains("XLS"));
    }

    @Test
    void otherFileTypesAreRejected() {
        ParseResult result = read("люди.docx", new byte[] {1, 2, 3});

        assertThat(result.errors()).containsExactly(new RowError(0, null, "Поддерживаются файлы XLSX и CSV"));
    }

    @Test
    void anEmptyFileOrOneWithOnlyTheHeaderIsAnError() {
        assertThat(read("пусто.csv", new byte[0]).errors())
                .extracting(RowError::message)
                .containsExactly("Файл пуст: нет строки заголовков");
        assertThat(read("шапка.xlsx", PeopleFiles.xlsx(HEADER, List.of())).errors())
                .extracting(RowError::message)
                .containsExactly("В файле нет ни одной строки с данными");
    }
}
