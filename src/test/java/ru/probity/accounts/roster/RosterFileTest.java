package ru.probity.accounts.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import ru.probity.platform.UploadLimits;

/** The accounts file as people save it: Excel's CSV on Russian Windows, spelled headers, СНИЛС spellings. */
class RosterFileTest {

    private static RosterFile.Parsed read(String name, byte[] bytes) {
        return RosterFile.read(name, new ByteArrayInputStream(bytes), UploadLimits.defaults());
    }

    @Test
    void aWindows1251CsvWithCommasAndLooseHeadersIsRead() {
        String text = "\"ЛОГИН\",код  сотрудника,Снилс*,E-mail,техническая,Наименование,Код организации,Роль\r\n"
                + ",,,,,,,\r\n"
                + "ivanov.ap,17,112-233-445 95,,нет,,,Сотрудник\r\n"
                + "buh,,,buh@example.ru,Да,\"Интеграция, бухгалтерия\",6,\r\n";
        RosterFile.Parsed parsed = read("accounts.csv", text.getBytes(Charset.forName("windows-1251")));
        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.rows()).hasSize(2);
        RosterRow first = parsed.rows().get(0);
        assertThat(first.line()).isEqualTo(3);
        assertThat(first.login()).isEqualTo("ivanov.ap");
        assertThat(first.employeeId()).isEqualTo("17");
        assertThat(first.snils()).isEqualTo("11223344595");
        assertThat(first.technical()).isFalse();
        RosterRow second = parsed.rows().get(1);
        assertThat(second.technical()).isTrue();
        assertThat(second.name()).isEqualTo("Интеграция, бухгалтерия");
        assertThat(second.email()).isEqualTo("buh@example.ru");
        assertThat(second.organizationId()).isEqualTo("6");
        assertThat(second.role()).isNull();
    }

    @Test
    void aSnilsThatLostItsLeadingZeroGetsItBackAndAnOddYesNoIsKeptForTheMessage() {
        String text = "СНИЛС;Техническая\n1223344595;может быть\n";
        RosterFile.Parsed parsed = read("a.csv", text.getBytes(StandardCharsets.UTF_8));
        assertThat(parsed.rows().get(0).snils()).isEqualTo("01223344595");
        assertThat(parsed.rows().get(0).technical()).isNull();
        assertThat(parsed.rows().get(0).technicalText()).isEqualTo("может быть");
    }

    @Test
    void filesThatSayNothingAreRefusedAsAWhole() {
        assertThat(read("a.csv", "Логин;Роль\nx;y\n".getBytes(StandardCharsets.UTF_8))
                        .problems())
                .extracting(RosterProblem::key)
                .containsExactly("accountImport.error.noColumns");
        assertThat(read("a.csv", "Код сотрудника\n".getBytes(StandardCharsets.UTF_8))
                        .problems())
                .extracting(RosterProblem::key)
                .containsExactly("accountImport.error.noRows");
        assertThat(read("a.xlsx", "not a zip".getBytes(StandardCharsets.UTF_8)).problems())
                .extracting(RosterProblem::key)
                .containsExactly("accountImport.error.corrupt");
        assertThat(read("a.txt", new byte[] {1}).problems())
                .extracting(RosterProblem::key)
                .containsExactly("accountImport.error.fileType");
    }
}
