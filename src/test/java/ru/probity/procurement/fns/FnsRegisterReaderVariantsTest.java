package ru.probity.procurement.fns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyShare;
import ru.probity.procurement.model.Entrepreneur;
import ru.probity.procurement.model.PersonLink;

/** Shapes of ЕГРЮЛ the samples do not have, and bad files. */
class FnsRegisterReaderVariantsTest {

    private final List<Company> companies = new ArrayList<>();
    private final List<Entrepreneur> entrepreneurs = new ArrayList<>();

    private ReadSummary read(String xml) {
        return FnsRegisterReader.read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                "egrul.xml",
                companies::add,
                entrepreneurs::add);
    }

    private static String file(String... documents) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Файл ВерсФорм=\"4.06\">\n");
        for (String d : documents) {
            sb.append("<Документ>").append(d).append("</Документ>\n");
        }
        return sb.append("</Файл>\n").toString();
    }

    private static final String COMPANY = "<СвЮЛ ИНН=\"7810468350\" ОГРН=\"1147847267039\">";

    /**
     * A managing organization (СвУпрОрг, «иной орган управления»): the samples have none, so this
     * fixture follows the element names of the ЕГРЮЛ schema (НаимИННЮЛ with ОГРН, ИНН, НаимЮЛПолн;
     * ГРНДатаПерв; the representative СвПредЮЛ/СвФЛ is not a director of the company).
     */
    @Test
    void theManagingOrganizationIsReadAsTheCompanysOtherManagementBody() {
        read(file(COMPANY
                + "<СвНаимЮЛ НаимЮЛПолн=\"ООО ВЕКТОР\"/>"
                + "<СвУпрОрг><ГРНДатаПерв ДатаЗаписи=\"2019-04-05\"/>"
                + "<НаимИННЮЛ ОГРН=\"1027700132195\" ИНН=\"7707083893\" НаимЮЛПолн=\"ПАО СБЕРБАНК\"/>"
                + "<СвПредЮЛ><СвФЛ Фамилия=\"ПРЕДСТАВИТЕЛЬ\" Имя=\"ИВАН\"/></СвПредЮЛ></СвУпрОрг>"
                + "</СвЮЛ>"));

        Company c = companies.getFirst();
        assertThat(c.managingOrganizations())
                .containsExactly(new CompanyShare(
                        "7707083893", "1027700132195", "ПАО СБЕРБАНК", null, LocalDate.of(2019, 4, 5), null));
        assertThat(c.people()).isEmpty();
        assertThat(c.founders()).isEmpty();

        assertError(
                file(COMPANY + "<СвУпрОрг><НаимИННЮЛ ИНН=\"7707083894\"/></СвУпрОрг></СвЮЛ>"),
                "ИНН управляющей организации",
                "INN of the managing organization");
    }

    @Test
    void newerNamesFiasAddressSharesAndFounderKinds() {
        ReadSummary summary = read(file(COMPANY
                + "<СвНаимЮЛ НаимЮЛПолн=\"ООО ВЕКТОР\"><СвНаимЮЛСокр НаимСокр=\"ВЕКТОР\"/></СвНаимЮЛ>"
                + "<СвАдресЮЛ><СвАдрЮЛФИАС Индекс=\"426000\"><Регион>18</Регион><НаимРегион>УДМУРТСКАЯ РЕСПУБЛИКА</НаимРегион>"
                + "<МуниципРайон ВидКод=\"2\" Наим=\"ГОРОД ИЖЕВСК\"/><ЭлУлДорСети Тип=\"улица\" Наим=\"Ленина\"/>"
                + "<Здание Тип=\"дом\" Номер=\"5\"/><Здание Тип=\"корпус\" Номер=\"2\"/><ПомещЗдания Тип=\"офис\" Номер=\"7\"/></СвАдрЮЛФИАС></СвАдресЮЛ>"
                + "<СвАдрЭлПочты E-mail=\"info@vektor.ru\"/>"
                + "<СвПрекрЮЛ ДатаПрекрЮЛ=\"2020-02-03\"/>"
                + "<СвУстКап СумКап=\"30000\"/>"
                + "<СвУчредит>"
                + "<УчрФЛ><СвФЛ Фамилия=\"А\" Имя=\"Б\"/><ДоляУстКап НоминСтоим=\"10000\"/></УчрФЛ>"
                + "<УчрФЛ><СвФЛ Фамилия=\"В\" Имя=\"Г\"/><ДоляУстКап><РазмерДоли><ДробДесят>0.25</ДробДесят></РазмерДоли></ДоляУстКап>"
                + "<СвОбрем><СвЗалогДержФЛ><СвФЛ Фамилия=\"ЗАЛОГОДЕРЖАТЕЛЬ\"/></СвЗалогДержФЛ></СвОбрем></УчрФЛ>"
                + "<УчрЮЛРос><ГРНДатаПерв ДатаЗаписи=\"2015-01-02\"/><НаимИННЮЛ ОГРН=\"1027700132195\" ИНН=\"7707083893\" НаимЮЛПолн=\"ПАО СБЕРБАНК\"/>"
                + "<ДоляУстКап НоминСтоим=\"1\"><РазмерДоли><ДробПрост Числит=\"1\" Знаменат=\"12\"/></РазмерДоли></ДоляУстКап></УчрЮЛРос>"
                + "<УчрЮЛИн><НаимИННЮЛ НаимЮЛПолн=\"ACME LTD\"/></УчрЮЛИн>"
                + "<УчрПИФ/><УчрРФСубМО/>"
                + "</СвУчредит></СвЮЛ>"));

        assertThat(summary.companies()).isEqualTo(1);
        assertThat(summary.persons()).isEqualTo(2);
        assertThat(summary.legalFounders()).isEqualTo(2);
        assertThat(summary.skippedFounders()).isEqualTo(2);
        Company c = companies.getFirst();
        assertThat(c.shortName()).isEqualTo("ВЕКТОР");
        assertThat(c.address())
                .isEqualTo("426000, УДМУРТСКАЯ РЕСПУБЛИКА, ГОРОД ИЖЕВСК, улица Ленина, дом 5, корпус 2, офис 7");
        assertThat(c.email()).isEqualTo("info@vektor.ru");
        assertThat(c.terminatedOn()).isEqualTo(LocalDate.of(2020, 2, 3));
        assertThat(c.people())
                .extracting(PersonLink::sharePercent)
                .containsExactly(new BigDecimal("33.333333"), new BigDecimal("25"));
        assertThat(c.people()).extracting(p -> p.name().lastName()).containsExactly("А", "В");
        assertThat(c.founders())
                .containsExactly(
                        new CompanyShare(
                                "7707083893",
                                "1027700132195",
                                "ПАО СБЕРБАНК",
                                new BigDecimal("8.333333"),
                                LocalDate.of(2015, 1, 2),
                                null),
                        new CompanyShare(null, null, "ACME LTD", null, null, null));
    }

    @Test
    void terminatedEntrepreneurWithEmail() {
        read(
                file(
                        "<СвИП ИННФЛ=\"781435122782\" ОГРНИП=\"308784733200657\"><СвФЛ><ФИОРус Фамилия=\"ШАДЕКО\" Имя=\"ВИКТОРИЯ\"/></СвФЛ>"
                                + "<СвАдрЭлПочты E-mail=\"v@mail.ru\"/><СвПрекращ><СвСтатус ДатаПрекращ=\"2019-12-31\"/></СвПрекращ></СвИП>"));
        Entrepreneur e = entrepreneurs.getFirst();
        assertThat(e.email()).isEqualTo("v@mail.ru");
        assertThat(e.terminatedOn()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(e.name().middleName()).isNull();
    }

    @Test
    void badFilesAreErrorsWithFileLineAndDocument() {
        assertError(
                "<?xml version=\"1.0\"?>\n<html/>",
                "Файл egrul.xml, строка 2: это не файл ЕГРЮЛ или ЕГРИП (корневой элемент html",
                "not an FNS register file (root element html)");
        assertError(
                file(COMPANY + "</СвЮЛ>", COMPANY + "</СвЮЛ>", "\n\n<СвЮЛ ОГРН=\"1147847267039\"></СвЮЛ>"),
                "Файл egrul.xml, строка 7, документ 3: не указан ИНН юридического лица",
                "missing INN of the legal entity");
        assertError(
                file("<СвЮЛ ИНН=\"7810468351\" ОГРН=\"1147847267039\"/>"),
                "документ 1: ИНН юридического лица «7810468351»: неверная контрольная цифра ИНН",
                "invalid");
        assertError(
                file("<СвЮЛ ИНН=\"7810468350\" ОГРН=\"1147847267038\"/>"), "неверная контрольная цифра ОГРН", "OGRN");
        assertError(file("<СвЮЛ ИНН=\"7810468350\"/>"), "не указан ОГРН юридического лица", "missing OGRN");
        assertError(
                file(COMPANY + "<СведДолжнФЛ><СвФЛ Фамилия=\"И\" ИННФЛ=\"592004603005\"/></СведДолжнФЛ></СвЮЛ>"),
                "ИНН руководителя «592004603005»",
                "INN of a director");
        assertError(
                file("<СвИП ИННФЛ=\"781435122782\" ОГРНИП=\"308784733200657\"/>"),
                "не указана фамилия индивидуального предпринимателя",
                "last name");
        assertError(
                file(
                        "<СвИП ИННФЛ=\"781435122782\" ОГРНИП=\"308784733200658\"><СвФЛ><ФИОРус Фамилия=\"Ш\"/></СвФЛ></СвИП>"),
                "неверная контрольная цифра ОГРНИП",
                "OGRNIP");
        assertError(
                file("<СвЮЛ ИНН=\"7810468350\" ОГРН=\"1147847267039\" ДатаВып=\"2018-02-30\"/>"),
                "неверная дата «2018-02-30» в атрибуте ДатаВып",
                "invalid date");
        assertError(file("<Другое/>"), "документ 1: документ не содержит сведений", "neither СвЮЛ nor СвИП");
        assertError(file(COMPANY + "<СвУстКап СумКап=\"много\"/></СвЮЛ>"), "неверное число «много»", "invalid number");
        assertError("<Файл><Документ>", "документ 1: ошибка XML", "malformed XML");
        assertError("", "ошибка XML", "malformed XML");
        assertError(
                "<!DOCTYPE Файл [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Файл><Документ>&x;</Документ></Файл>",
                "ошибка XML",
                "malformed XML");
    }

    private void assertError(String xml, String russian, String english) {
        assertThatThrownBy(() -> read(xml)).isInstanceOfSatisfying(RegisterFileException.class, e -> {
            assertThat(e.userMessage()).contains(russian);
            assertThat(e.getMessage()).startsWith("File egrul.xml").contains(english);
        });
    }
}
