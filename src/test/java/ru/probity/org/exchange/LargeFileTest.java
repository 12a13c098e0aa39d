package ru.probity.org.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.probity.org.RelationKind;

class LargeFileTest {

    private static final int EMPLOYEES = 12_500;
    private static final RelationKind[] KINDS = {RelationKind.SPOUSE, RelationKind.CHILD, RelationKind.PARENT};

    @Test
    void aFileOf50000RowsParsesCompletely() throws IOException {
        List<ImportedEmployee> people = people();
        var out = new ByteArrayOutputStream();
        PeopleFile.writeXlsx(people, Map.of(1L, "Администрация"), out);
        byte[] bytes = out.toByteArray();

        long start = System.nanoTime();
        ParseResult result = PeopleFiles.read("большой.xlsx", bytes);
        long xlsxMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(result.errors()).isEmpty();
        assertThat(result.employees()).hasSize(EMPLOYEES);
        assertThat(result.personCount()).isEqualTo(50_000);
        assertThat(result.employees()).isEqualTo(people);

        start = System.nanoTime();
        assertThat(PeopleFiles.read("большой.xlsx", bytes).personCount()).isEqualTo(50_000);
        long warmXlsxMillis = (System.nanoTime() - start) / 1_000_000;

        byte[] csv = toCsv(result.employees());
        start = System.nanoTime();
        ParseResult fromCsv = PeopleFiles.read("большой.csv", csv);
        long csvMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(fromCsv.errors()).isEmpty();
        assertThat(fromCsv.personCount()).isEqualTo(50_000);
        System.out.printf(
                "50,000 rows: XLSX (%d KB) parsed in %d ms (again: %d ms), CSV (%d KB) in %d ms%n",
                bytes.length / 1024, xlsxMillis, warmXlsxMillis, csv.length / 1024, csvMillis);
    }

    private static List<ImportedEmployee> people() {
        List<ImportedEmployee> people = new ArrayList<>();
        int line = 2;
        int n = 0;
        for (int i = 0; i < EMPLOYEES; i++) {
            var employee = new PersonRow(
                    line++,
                    1L + i % 40,
                    "Сотрудников",
                    "Иван",
                    "Петрович",
                    LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28),
                    PeopleFiles.inn(++n),
                    PeopleFiles.snils(n),
                    "+7 900 000-00-00",
                    "user" + i + "@mo.kaluga.ru",
                    "г. Калуга, ул. Садовая, д. " + i,
                    "Главный специалист",
                    LocalDate.of(2010, 1, 1),
                    null,
                    i % 2 == 0,
                    i % 7 == 0,
                    false,
                    i % 5 == 0,
                    i % 3 == 0,
                    null,
                    null,
                    (long) i + 1,
                    ru.probity.org.EmployeeCategory.MUNICIPAL_SERVANT);
            List<PersonRow> relatives = new ArrayList<>();
            for (RelationKind kind : KINDS) {
                relatives.add(new PersonRow(
                        line++,
                        null,
                        "Сотрудникова",
                        "Мария",
                        null,
                        LocalDate.of(1965, 5, 5),
                        PeopleFiles.inn(++n),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        false,
                        false,
                        false,
                        false,
                        kind,
                        "ООО «Ромашка»",
                        null,
                        null));
            }
            people.add(new ImportedEmployee(employee, relatives));
        }
        return people;
    }

    private static byte[] toCsv(List<ImportedEmployee> people) {
        List<List<Object>> rows = new ArrayList<>();
        for (ImportedEmployee person : people) {
            var e = person.employee();
            rows.add(PeopleFiles.row(
                    e.organizationId(),
                    e.lastName(),
                    e.firstName(),
                    e.middleName(),
                    e.birthDate(),
                    e.inn(),
                    e.snils(),
                    e.phone(),
                    e.email(),
                    e.address(),
                    e.post(),
                    e.appointedOn(),
                    null,
                    e.declarationRequired() ? "да" : "нет",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
            for (PersonRow r : person.relatives()) {
                rows.add(PeopleFiles.relative(
                        r.relation().label(), r.lastName(), r.firstName(), null, r.birthDate(), r.inn()));
            }
        }
        return PeopleFiles.csv(PeopleFiles.HEADER, rows, ';', StandardCharsets.UTF_8, true);
    }
}
