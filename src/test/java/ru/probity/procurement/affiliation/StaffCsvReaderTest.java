package ru.probity.procurement.affiliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ru.probity.org.RelationKind;

class StaffCsvReaderTest {

    static Staff read(String body) {
        return StaffCsvReader.read(new ByteArrayInputStream(
                ("\uFEFF" + StaffCsvReader.HEADER + "\n" + body).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsEmployeesAndRelativesWithBothDateFormats() {
        Staff staff = read("""
                e1;Петров;Пётр;Петрович;1970-05-01;402700000101;;+7 900 000-00-00;p@x.ru;"г. Калуга; ул. Ленина, д. 1";4027000017;начальник отдела;contract_manager;;
                r1;Петрова;Анна;Ивановна;02.03.1972;;;;;;;;;e1;spouse
                r2;Петров;Илья;;;;;;;;;;;e1;other
                """);
        assertThat(staff.people()).hasSize(3);
        StaffPerson e1 = staff.person("e1").orElseThrow();
        assertThat(e1.role()).isEqualTo(ProcurementRole.CONTRACT_MANAGER);
        assertThat(e1.address()).isEqualTo("г. Калуга; ул. Ленина, д. 1");
        StaffPerson r1 = staff.person("r1").orElseThrow();
        assertThat(r1.birthDate()).isEqualTo(LocalDate.of(1972, 3, 2));
        assertThat(r1.relation()).isEqualTo(RelationKind.SPOUSE);
        assertThat(staff.person("r2").orElseThrow().relation()).isNull();
        assertThat(staff.forCustomer("4027000017").people()).hasSize(3);
    }

    @Test
    void reportsEveryBadRowWithItsLineNumberInRussian() {
        assertThatThrownBy(() -> read("""
                e1;Петров;Пётр;;31.02.1970;;;;;;4027000017;;boss;;
                r1;Петрова;Анна;;;;;;;;;;;e9;spouse
                r2;Петрова;Анна;;;;;;;;;;;e1;кузина
                """))
                .isInstanceOf(StaffFileException.class)
                .satisfies(e -> assertThat(((StaffFileException) e).errors())
                        .anyMatch(m -> m.startsWith("Строка 2:") && m.contains("дата"))
                        .anyMatch(m -> m.startsWith("Строка 2:") && m.contains("роль"))
                        .anyMatch(m -> m.startsWith("Строка 3:") && m.contains("e9"))
                        .anyMatch(m -> m.startsWith("Строка 4:") && m.contains("степень родства")));
    }

    @Test
    void rejectsAWrongHeader() {
        assertThatThrownBy(
                        () -> StaffCsvReader.read(new ByteArrayInputStream("a;b\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(StaffFileException.class)
                .hasMessageStartingWith("Строка 1: неверный заголовок");
    }
}
