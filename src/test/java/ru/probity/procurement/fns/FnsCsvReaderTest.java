package ru.probity.procurement.fns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.CompanyShare;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.PersonLink;
import ru.probity.procurement.model.PersonName;

class FnsCsvReaderTest {

    private final List<Company> companies = new ArrayList<>();
    private final List<Entrepreneur> entrepreneurs = new ArrayList<>();

    private ReadSummary read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private ReadSummary read(byte[] bytes) {
        return FnsCsvReader.read(new ByteArrayInputStream(bytes), "registers.csv", companies::add, entrepreneurs::add);
    }

    private static final String HEADER = FnsCsvReader.HEADER + "\n";

    @Test
    void rowsWithOneInnFormOneCompany() {
        ReadSummary summary = read("\uFEFF" + HEADER
                + "company;7810468350;1147847267039;ООО \"АПТРЕЙД\";426063, Г. ИЖЕВСК;a@b.ru;592004603004;Расторгуева;Ольга;Александровна;director;;;\n"
                + "entrepreneur;781435122782;308784733200657;;;;;ШАДЕКО;ВИКТОРИЯ;ВИКТОРОВНА;entrepreneur;;;\n"
                + "\n"
                + "company;7810468350;;;;;592004603004;РАСТОРГУЕВА;ОЛЬГА;АЛЕКСАНДРОВНА;founder;\"60,5\";;\n"
                + "company;7810468350;;;;;;;;;founder;39.50;7707083893;ПАО СБЕРБАНК\n");

        assertThat(summary.companies()).isEqualTo(1);
        assertThat(summary.entrepreneurs()).isEqualTo(1);
        assertThat(summary.persons()).isEqualTo(2);
        assertThat(summary.legalFounders()).isEqualTo(1);
        assertThat(companies)
                .containsExactly(new Company(
                        "7810468350",
                        null,
                        "1147847267039",
                        "ООО \"АПТРЕЙД\"",
                        null,
                        "426063, Г. ИЖЕВСК",
                        "a@b.ru",
                        null,
                        null,
                        null,
                        null,
                        List.of(
                                new PersonLink(
                                        "592004603004",
                                        new PersonName("Расторгуева", "Ольга", "Александровна"),
                                        CompanyRole.DIRECTOR,
                                        null,
                                        null,
                                        null,
                                        null),
                                new PersonLink(
                                        "592004603004",
                                        new PersonName("РАСТОРГУЕВА", "ОЛЬГА", "АЛЕКСАНДРОВНА"),
                                        CompanyRole.FOUNDER,
                                        null,
                                        new BigDecimal("60.5"),
                                        null,
                                        null)),
                        List.of(new CompanyShare(
                                "7707083893", null, "ПАО СБЕРБАНК", new BigDecimal("39.5"), null, null))));
        assertThat(entrepreneurs)
                .containsExactly(new Entrepreneur(
                        "781435122782",
                        "308784733200657",
                        new PersonName("ШАДЕКО", "ВИКТОРИЯ", "ВИКТОРОВНА"),
                        null,
                        null,
                        null,
                        null,
                        null));
    }

    @Test
    void errorsNameTheLineInRussian() {
        assertError(
                HEADER + "company;7810468351;;X;;;;;;;;;;\n",
                "Файл registers.csv, строка 2: ИНН «7810468351»: неверная контрольная цифра ИНН");
        assertError(HEADER + "\ncompany;;;X;;;;;;;;;;\n", "строка 3: не указан ИНН");
        assertError(
                HEADER + "firm;7810468350;;X;;;;;;;;;;\n",
                "строка 2: в поле kind должно быть company или entrepreneur");
        assertError(HEADER + "company;7810468350;;X;;;;;;;boss;;;\n", "строка 2: в поле role должно быть");
        assertError(HEADER + "company;7810468350;;X;;;\n", "строка 2: ожидалось 14 полей");
        assertError(
                HEADER + "company;7810468350;;;;;;;;;founder;120;;\n",
                "строка 2: доля (share_percent) «120» должна быть от 0 до 100");
        assertError(HEADER + "company;7810468350;;;;;;;;;director;;;\n", "строка 2: не указана фамилия (last_name)");
        assertError(
                HEADER + "company;7810468350;;A;;;;;;;;;;\ncompany;7810468350;;B;;;;;;;;;;\n",
                "строка 3: значение name «B» отличается от указанного в строке 2");
        assertError("inn;kind\n", "строка 1: заголовок должен быть таким");
        assertError("", "файл пуст");
        assertThatThrownBy(() -> read(
                        (HEADER + "company;7810468350;;ООО «Ё»;;;;;;;;;;\n").getBytes(Charset.forName("windows-1251"))))
                .isInstanceOfSatisfying(
                        RegisterFileException.class,
                        e -> assertThat(e.userMessage()).contains("не в кодировке UTF-8"));
    }

    private void assertError(String csv, String russian) {
        assertThatThrownBy(() -> read(csv))
                .isInstanceOfSatisfying(
                        RegisterFileException.class,
                        e -> assertThat(e.userMessage()).contains(russian));
    }
}
