package ru.probity.procurement.eis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.model.Supplier;

class EisContractReaderTest {

    private final EisContractReader reader = new EisContractReader();

    private static String sample() throws Exception {
        return Files.readString(Path.of(
                EisContractReaderTest.class.getResource("/eis/contracts.xml").toURI()));
    }

    private List<Contract> read(String xml) {
        List<Contract> contracts = new ArrayList<>();
        reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "contracts.xml", contracts::add);
        return contracts;
    }

    private static int lineOf(String text, String fragment, int occurrence) {
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = text.indexOf(fragment, at + 1);
        }
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void readsContractsWithTheirSuppliersOfEveryKind() throws Exception {
        List<Contract> contracts = reader.readAll(
                Path.of(getClass().getResource("/eis/contracts.xml").toURI()));
        assertThat(contracts).hasSize(3);

        Contract auction = contracts.get(0);
        assertThat(auction.regNum()).isEqualTo("3402801234920000077");
        assertThat(auction.number()).isEqualTo("77/2020");
        assertThat(auction.signDate()).isEqualTo(LocalDate.of(2020, 10, 1));
        assertThat(auction.customerInn()).isEqualTo("4028012349");
        assertThat(auction.customerKpp()).isEqualTo("402801001");
        assertThat(auction.customerName()).startsWith("МУНИЦИПАЛЬНОЕ КАЗЕННОЕ УЧРЕЖДЕНИЕ \"УПРАВЛЕНИЕ");
        assertThat(auction.price()).isEqualByComparingTo(new BigDecimal("1840283.61"));
        assertThat(auction.currency()).isEqualTo("RUB");
        assertThat(auction.subject()).isEqualTo("Ремонт кровли здания школы № 5"); // the first product
        assertThat(auction.purchaseNumber()).isEqualTo("0137300043320000123");
        assertThat(auction.singleSupplier()).isFalse();
        assertThat(auction.suppliers())
                .containsExactly(new Supplier(
                        Supplier.Kind.LEGAL_ENTITY,
                        "9703009483",
                        "770301001",
                        "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"ТАРГЕТ\"",
                        null, // the contact person is not the supplier
                        "123242, Г МОСКВА, ПЕР ПРЕСНЕНСКИЙ, ДОМ 6, ЭТ 1 ПОМ 5 КОМ 2",
                        "79661219491",
                        "target-group@inbox.ru"));

        Contract small = contracts.get(1);
        assertThat(small.subject()).isEqualTo("Поставка дров & угля"); // contractSubject wins
        assertThat(small.purchaseNumber()).isNull();
        assertThat(small.singleSupplier()).isTrue();
        PersonName elkin = new PersonName("Ёлкин", "Пётр", "Семёнович");
        assertThat(small.suppliers())
                .containsExactly(new Supplier(
                        Supplier.Kind.ENTREPRENEUR,
                        "402712345698",
                        null,
                        "Ёлкин Пётр Семёнович",
                        elkin,
                        "Калужская обл., с. Екатериновка, ул. Центральная, д. 1",
                        "+7 (48456) 2-11-11",
                        "elkin@example.ru"));

        Contract afterFailedAuction = contracts.get(2);
        assertThat(afterFailedAuction.purchaseNumber()).isEqualTo("0137300043321000045");
        assertThat(afterFailedAuction.singleSupplier()).isTrue();
        assertThat(afterFailedAuction.number()).isNull();
        assertThat(afterFailedAuction.customerKpp()).isNull();
        assertThat(afterFailedAuction.currency()).isEqualTo("EUR");
        assertThat(afterFailedAuction.suppliers()).hasSize(2); // the unpublished one is left out
        Supplier individual = afterFailedAuction.suppliers().get(0);
        assertThat(individual.kind()).isEqualTo(Supplier.Kind.INDIVIDUAL);
        assertThat(individual.person()).isEqualTo(new PersonName("Иванова", "Анна", null));
        assertThat(individual.inn()).isEqualTo("402876543297");
        Supplier foreign = afterFailedAuction.suppliers().get(1);
        assertThat(foreign)
                .isEqualTo(new Supplier(
                        Supplier.Kind.FOREIGN,
                        "7707083893",
                        "773751001",
                        "BELGAZ LLC",
                        null,
                        "Minsk, Nezavisimosti av. 1",
                        "375171234567",
                        "office@belgaz.by"));
    }

    @Test
    void readsABareContractRootWithOtherPrefixes() throws Exception {
        String xml = sample();
        String first = xml.substring(xml.indexOf("<ns2:contract "), xml.indexOf("</ns2:contract>") + 15)
                .replace("ns2:", "e:")
                .replace("<e:contract ", "<e:contract xmlns:e=\"http://zakupki.gov.ru/oos/export/1\" ");
        List<Contract> contracts = read(first);
        assertThat(contracts).extracting(Contract::regNum).containsExactly("3402801234920000077");
    }

    @Test
    void namesFileLineAndContractWhenTheRegistryNumberIsMissing() throws Exception {
        String xml = sample().replace("<regNum>3402900111721000011</regNum>", "");
        int line = lineOf(xml, "<ns2:contract ", 3);
        List<Contract> before = new ArrayList<>();
        assertThatThrownBy(() -> reader.read(
                        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "contracts.xml", before::add))
                .isInstanceOfSatisfying(EisFileException.class, e -> {
                    assertThat(e.userMessage())
                            .isEqualTo(
                                    "Файл contracts.xml, строка " + line + ", контракт 3: не указан реестровый номер");
                    assertThat(e.getMessage())
                            .isEqualTo("File contracts.xml, line " + line
                                    + ", contract 3: registry number (regNum) is missing");
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.documentIndex()).isEqualTo(3);
                });
        assertThat(before).hasSize(2);
    }

    @Test
    void aSupplierInnWithWrongCheckDigitsIsAnError() throws Exception {
        String xml = sample().replace("<INN>9703009483</INN>", "<INN>9703009484</INN>");
        int line = lineOf(xml, "9703009484", 1);
        assertThatThrownBy(() -> read(xml))
                .isInstanceOfSatisfying(
                        EisFileException.class,
                        e -> assertThat(e.userMessage())
                                .isEqualTo("Файл contracts.xml, строка " + line
                                        + ", контракт 1: ИНН поставщика «9703009484»: неверная контрольная цифра ИНН"));
        String person = sample().replace("<INN>402712345698</INN>", "<INN>4027123456</INN>");
        assertThatThrownBy(() -> read(person))
                .isInstanceOfSatisfying(
                        EisFileException.class,
                        e -> assertThat(e.userMessage())
                                .contains(
                                        "контракт 2: ИНН поставщика «4027123456»: ИНН физического лица должен состоять из 12 цифр"));
    }

    @Test
    void badDatesPricesAndBrokenXmlAreReported() throws Exception {
        assertThatThrownBy(() ->
                        read(sample().replace("<signDate>2021-02-15</signDate>", "<signDate>15.02.2021</signDate>")))
                .isInstanceOfSatisfying(
                        EisFileException.class,
                        e -> assertThat(e.userMessage()).contains("контракт 2: неверная дата «15.02.2021»"));
        assertThatThrownBy(() -> read(sample().replace(
                                "<price>99000</price>\n            <priceType>",
                                "<price>99 000,00</price><priceType>")))
                .isInstanceOfSatisfying(
                        EisFileException.class,
                        e -> assertThat(e.userMessage()).contains("контракт 2: неверная цена контракта «99 000,00»"));
        int customerEnd = lineOf(sample(), "</customer>", 1);
        assertThatThrownBy(() -> read(sample().replace("</customer>", "</customr>")))
                .isInstanceOfSatisfying(EisFileException.class, e -> {
                    assertThat(e.userMessage()).contains("файл повреждён или не является XML-документом");
                    assertThat(e.line()).isEqualTo(customerEnd);
                });
    }

    @Test
    void refusesOtherDocuments() throws Exception {
        String protocol = Files.readString(Path.of(getClass()
                .getResource("/eis/fcsProtocolEF3_0873500000820003425_30311379.xml")
                .toURI()));
        assertThatThrownBy(() -> read(protocol))
                .isInstanceOfSatisfying(
                        EisFileException.class,
                        e -> assertThat(e.userMessage())
                                .isEqualTo(
                                        "Файл contracts.xml, строка 3, контракт 1: документ «fcsProtocolEF3» не является контрактом"));
        assertThatThrownBy(() -> read("<notice/>"))
                .isInstanceOfSatisfying(
                        EisFileException.class,
                        e -> assertThat(e.userMessage())
                                .contains("файл не является выгрузкой контрактов ЕИС: корневой элемент «notice»"));
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE export [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<export><contract><regNum>&xxe;</regNum></contract></export>";
        List<Contract> got = new ArrayList<>();
        assertThatThrownBy(() ->
                        reader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "x.xml", got::add))
                .isInstanceOf(EisFileException.class)
                .satisfies(e -> assertThat(((EisFileException) e).userMessage()).doesNotContain("TOP-SECRET"));
        assertThat(got).isEmpty();
    }
}
