package ru.probity.org.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.probity.org.exchange.PeopleFiles.HEADER;
import static ru.probity.org.exchange.PeopleFiles.inn;
import static ru.probity.org.exchange.PeopleFiles.read;
import static ru.probity.org.exchange.PeopleFiles.sample;
import static ru.probity.org.exchange.PeopleFiles.snils;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.probity.org.RelationKind;

class PeopleFileReadTest {

    @Test
    void readsEmployeesWithTheirRelativesFromXlsx() {
        ParseResult result = read("люди.xlsx", PeopleFiles.xlsx(HEADER, sample()));

        assertThat(result.errors()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThatSampleIsRead(result);
    }

    @Test
    void readsTheSameFromCsvWithSemicolonsCommasBomAndWindows1251() {
        List<ParseResult> results = List.of(
                read("a.csv", PeopleFiles.csv(HEADER, sample(), ';', StandardCharsets.UTF_8, false)),
                read("b.CSV", PeopleFiles.csv(HEADER, sample(), ',', StandardCharsets.UTF_8, false)),
                read("c.csv", PeopleFiles.csv(HEADER, sample(), ';', StandardCharsets.UTF_8, true)),
                read("d.csv", PeopleFiles.csv(HEADER, sample(), ',', ru.probity.platform.CsvText.WINDOWS_1251, false)));

        ParseResult fromXlsx = read("люди.xlsx", PeopleFiles.xlsx(HEADER, sample()));
        for (ParseResult result : results) {
            assertThat(result.errors()).isEmpty();
            assertThatSampleIsRead(result);
            assertThat(result.employees()).isEqualTo(fromXlsx.employees());
        }
    }

    @Test
    void matchesHeadersIgnoringCaseSpacesYoAndColumnOrder() {
        List<String> header = new ArrayList<>(HEADER);
        header.replaceAll(title -> "  " + title.toUpperCase().replace(" ", "   ") + " ");
        header.set(HEADER.indexOf("Имя"), "имя*");
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : sample()) {
            List<Object> reversed = new ArrayList<>(row);
            Collections.reverse(reversed);
            rows.add(reversed);
        }
        List<String> reversedHeader = new ArrayList<>(header);
        Collections.reverse(reversedHeader);

        ParseResult result = read("люди.xlsx", PeopleFiles.xlsx(reversedHeader, rows));

        assertThat(result.errors()).isEmpty();
        assertThatSampleIsRead(result);
    }

    @Test
    void ignoresTheInformationalOrganizationColumnAndEmptyRows() {
        List<String> header = new ArrayList<>(HEADER);
        header.add("Организация");
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : sample()) {
            List<Object> withName = new ArrayList<>(row);
            withName.add("Управление экономики");
            rows.add(withName);
            rows.add(PeopleFiles.row(null, " ", ""));
        }

        ParseResult result = read("люди.xlsx", PeopleFiles.xlsx(header, rows));

        assertThat(result.errors()).isEmpty();
        assertThat(result.employees()).hasSize(3);
        assertThat(result.employees().get(0).relatives().get(1).line()).isEqualTo(6);
    }

    @Test
    void restoresLeadingZerosOfIdentifiersStoredAsNumbers() {
        String innOfAdygea = ru.probity.identifiers.Identifiers.completePersonInn("0105000001");
        String lowSnils = ru.probity.identifiers.Identifiers.completeSnils("012345678");
        var row = PeopleFiles.employee(5L, "Хуажев", "Аслан", null, null, null, "Инспектор");
        row = PeopleFiles.with(row, "ИНН", Long.parseLong(innOfAdygea));
        row = PeopleFiles.with(row, "СНИЛС", Long.parseLong(lowSnils));

        ParseResult result = read("люди.xlsx", PeopleFiles.xlsx(HEADER, List.of(row)));

        assertThat(result.errors()).isEmpty();
        assertThat(result.employees().getFirst().employee().inn()).isEqualTo(innOfAdygea);
        assertThat(result.employees().getFirst().employee().snils()).isEqualTo(lowSnils);
    }

    static void assertThatSampleIsRead(ParseResult result) {
        assertThat(result.employees()).hasSize(3);
        assertThat(result.personCount()).isEqualTo(6);

        ImportedEmployee ivanov = result.employees().get(0);
        PersonRow e = ivanov.employee();
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.organizationId()).isEqualTo(17L);
        assertThat(e.fullName()).isEqualTo("Иванов Иван Иванович");
        assertThat(e.birthDate()).isEqualTo(LocalDate.of(1975, 3, 15));
        assertThat(e.inn()).isEqualTo(inn(1));
        assertThat(e.snils()).isEqualTo("11223344595");
        assertThat(e.phone()).isEqualTo("+7 4842 12-34-56");
        assertThat(e.email()).isEqualTo("ivanov@kaluga.ru");
        assertThat(e.address()).isEqualTo("г. Калуга, ул. Ленина, д. 1");
        assertThat(e.post()).isEqualTo("Начальник управления");
        assertThat(e.appointedOn()).isEqualTo(LocalDate.of(2010, 2, 1));
        assertThat(e.dismissedOn()).isNull();
        assertThat(e.declarationRequired()).isTrue();
        assertThat(e.headOfCustomer()).isTrue();
        assertThat(e.contractServiceHead()).isFalse();
        assertThat(e.contractManager()).isFalse();
        assertThat(e.procurementCommissionMember()).isTrue();
        assertThat(e.relation()).isNull();
        assertThat(e.isRelative()).isFalse();

        assertThat(ivanov.relatives()).hasSize(2);
        PersonRow wife = ivanov.relatives().get(0);
        assertThat(wife.line()).isEqualTo(3);
        assertThat(wife.relation()).isEqualTo(RelationKind.SPOUSE);
        assertThat(wife.organizationId()).isNull();
        assertThat(wife.birthDate()).isEqualTo(LocalDate.of(1978, 5, 20));
        assertThat(wife.inn()).isEqualTo(inn(2));
        assertThat(wife.snils()).isEqualTo(snils(2));
        assertThat(wife.workplace()).isEqualTo("МБОУ «СОШ № 5»");
        PersonRow son = ivanov.relatives().get(1);
        assertThat(son.relation()).isEqualTo(RelationKind.CHILD);
        assertThat(son.fullName()).isEqualTo("Иванов Пётр Иванович");
        assertThat(son.declarationRequired()).isFalse();

        PersonRow petrova = result.employees().get(1).employee();
        assertThat(petrova.line()).isEqualTo(5);
        assertThat(petrova.lastName()).isEqualTo("Петрова-Водкина");
        assertThat(petrova.middleName()).isNull();
        assertThat(petrova.organizationId()).isEqualTo(17L);
        assertThat(petrova.appointedOn()).isEqualTo(LocalDate.of(2015, 9, 1));
        assertThat(petrova.dismissedOn()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(petrova.declarationRequired()).isTrue();
        assertThat(petrova.contractManager()).isTrue();
        assertThat(petrova.procurementCommissionMember()).isFalse();
        assertThat(result.employees().get(1).relatives()).isEmpty();

        ImportedEmployee sidorov = result.employees().get(2);
        assertThat(sidorov.employee().organizationId()).isEqualTo(18L);
        assertThat(sidorov.employee().headOfCustomer()).isTrue();
        assertThat(sidorov.relatives()).singleElement().satisfies(r -> {
            assertThat(r.relation()).isEqualTo(RelationKind.SPOUSE_PARENT);
            assertThat(r.workplace()).isEqualTo("пенсионерка");
            assertThat(r.phone()).isEqualTo("8-910-000-00-00");
            assertThat(r.line()).isEqualTo(7);
        });
    }

    @Test
    void theCategoryIsReadByItsRussianName() {
        List<String> header = new ArrayList<>(HEADER);
        header.add("Категория");
        List<Object> servant = PeopleFiles.employee(17L, "Петров", "Пётр", null, null, null, "Специалист");
        servant.add("муниципальный  служащий");
        List<Object> head = PeopleFiles.employee(17L, "Сидоров", "Иван", null, null, null, "Директор");
        head.add("Руководитель муниципального учреждения");
        List<Object> unstated = PeopleFiles.employee(17L, "Кузнецов", "Олег", null, null, null, "Специалист");
        unstated.add(null);

        ParseResult result = read("люди.xlsx", PeopleFiles.xlsx(header, List.of(servant, head, unstated)));

        assertThat(result.errors()).isEmpty();
        assertThat(result.employees())
                .extracting(e -> e.employee().category())
                .containsExactly(
                        ru.probity.org.EmployeeCategory.MUNICIPAL_SERVANT,
                        ru.probity.org.EmployeeCategory.INSTITUTION_HEAD,
                        null);

        List<Object> wrong = PeopleFiles.employee(17L, "Петров", "Пётр", null, null, null, "Специалист");
        wrong.add("министр");
        ParseResult refused = read("люди.xlsx", PeopleFiles.xlsx(header, List.of(wrong)));
        assertThat(refused.errors()).singleElement().satisfies(e -> {
            assertThat(e.column()).isEqualTo("Категория");
            assertThat(e.message()).contains("неизвестная категория «министр»", "«Муниципальный служащий»");
        });
    }
}
