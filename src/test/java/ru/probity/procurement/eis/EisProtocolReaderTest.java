package ru.probity.procurement.eis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.probity.procurement.model.CommissionMember;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.model.Protocol;

class EisProtocolReaderTest {

    private final EisProtocolReader reader = new EisProtocolReader();

    private Protocol read(String name) throws Exception {
        List<Protocol> protocols =
                reader.read(Path.of(getClass().getResource("/eis/" + name).toURI()));
        assertThat(protocols).hasSize(1);
        return protocols.getFirst();
    }

    private static CommissionMember member(String last, String first, String middle, String role) {
        return new CommissionMember(new PersonName(last, first, middle), role);
    }

    @Test
    void readsEveryMemberOfAnElectronicAuctionResultsProtocol() throws Exception {
        Protocol p = read("fcsProtocolEF3_0873500000820003425_30311379.xml");
        assertThat(p.purchaseNumber()).isEqualTo("0873500000820003425");
        assertThat(p.protocolNumber()).isEqualTo("0873500000820003425-3");
        assertThat(p.date()).isEqualTo(LocalDate.of(2020, 10, 1));
        assertThat(p.customerInn()).isNull(); // the fcs publisherOrg has no INN
        assertThat(p.customerName())
                .isEqualTo("ГОСУДАРСТВЕННОЕ КАЗЕННОЕ УЧРЕЖДЕНИЕ ГОРОДА МОСКВЫ ДИРЕКЦИЯ ПО ОБЕСПЕЧЕНИЮ ДЕЯТЕЛЬНОСТИ"
                        + " ГОСУДАРСТВЕННЫХ УЧРЕЖДЕНИЙ ДЕПАРТАМЕНТА ОБРАЗОВАНИЯ И НАУКИ ГОРОДА МОСКВЫ");
        assertThat(p.commissionName()).isEqualTo("1547+");
        assertThat(p.members())
                .containsExactly(
                        member("Глотов", "Никита", "Владимирович", "Председатель комиссии"),
                        member("Бужор", "Сергей", "Валерьевич", "Член комиссии"),
                        member("Грызлова", "Инна", "Владимировна", "Член комиссии"),
                        member("Никулина", "С.В.", null, "Член комиссии"), // blank middle name in the file
                        member("Нуждина", "Ирина", "Ивановна", "Член комиссии"),
                        member("Борлякова", "Любовь", "Даниловна", "Секретарь комиссии"));
    }

    @Test
    void readsEveryMemberOfASingleApplicationProtocol() throws Exception {
        Protocol p = read("fcsProtocolEFSingleApp_0173100000120000018_30317541.xml");
        assertThat(p.purchaseNumber()).isEqualTo("0173100000120000018");
        assertThat(p.protocolNumber()).isEqualTo("0173100000120000018-0");
        assertThat(p.date()).isEqualTo(LocalDate.of(2020, 10, 1));
        assertThat(p.customerInn()).isNull();
        assertThat(p.customerName()).isEqualTo("МИНИСТЕРСТВО ФИНАНСОВ РОССИЙСКОЙ ФЕДЕРАЦИИ");
        assertThat(p.commissionName())
                .isEqualTo("Единая комиссия Министерства финансов Российской Федерации по осуществлению закупок"
                        + " товаров, работ, услуг для обеспечения государственных нужд");
        assertThat(p.members())
                .containsExactly(
                        member("Федякин", "Иван", "Николаевич", "Зам. председателя комиссии"),
                        member("Гапов", "Олег", "Леонидович", "Член комиссии"),
                        member("Козлов", "Максим", "Сергеевич", "Член комиссии"),
                        member("Кузнецов", "Сергей", "Александрович", "Член комиссии"),
                        member("Миронов", "Сергей", "Владимирович", "Член комиссии"),
                        member("Трубникова", "Инна", "Владимировна", "Член комиссии"));
    }

    @Test
    void readsEveryMemberOfAnEpRequestForQuotationsProtocol() throws Exception {
        Protocol p = read("fcsProtocolEZK1_0332200014320000017_30316689.xml");
        assertThat(p.purchaseNumber()).isEqualTo("0332200014320000017");
        assertThat(p.protocolNumber()).isEqualTo("ПР1");
        assertThat(p.date()).isEqualTo(LocalDate.of(2020, 10, 1));
        assertThat(p.customerInn()).isEqualTo("7704091840");
        assertThat(p.customerName()).startsWith("ГОСУДАРСТВЕННОЕ КАЗЕННОЕ УЧРЕЖДЕНИЕ НИЖЕГОРОДСКОЙ ОБЛАСТИ");
        assertThat(p.commissionName()).isEqualTo("Единая комиссия по закупкам");
        assertThat(p.members())
                .containsExactly(
                        member("Мосина", "Елена", "Владимировна", "Член комиссии"),
                        member("Родионова", "Елена", "Анатольевна", "Член комиссии"),
                        member("Игнатенко", "Денис", "Юрьевич", "Член комиссии"),
                        member("Гранков", "Сергей", "Александрович", "Председатель комиссии"));
    }

    @Test
    void acceptsABareProtocolRootWithAnyPrefix() {
        String xml = """
                <p:epProtocolEF2020 xmlns:p="urn:x" xmlns:c="urn:c"><p:commonInfo><p:purchaseNumber>0100200000121000001</p:purchaseNumber>
                <p:docNumber>1</p:docNumber><p:signDT>2021-02-03+03:00</p:signDT></p:commonInfo>
                <p:commissionInfo><c:commissionMembers><c:commissionMember><c:nameInfo><c:lastName>Ёлкин</c:lastName>
                <c:firstName>Пётр</c:firstName></c:nameInfo><c:role><c:name>Член комиссии</c:name></c:role>
                </c:commissionMember></c:commissionMembers></p:commissionInfo></p:epProtocolEF2020>""";
        Protocol p = reader.read(stream(xml), "p.xml").getFirst();
        assertThat(p.purchaseNumber()).isEqualTo("0100200000121000001");
        assertThat(p.date()).isEqualTo(LocalDate.of(2021, 2, 3));
        assertThat(p.members()).containsExactly(member("Ёлкин", "Пётр", null, "Член комиссии"));
    }

    @Test
    void refusesAContractAndAProtocolWithoutPurchaseNumber() {
        assertThatThrownBy(() -> reader.read(stream("<export><contract/></export>"), "c.xml"))
                .isInstanceOfSatisfying(
                        EisFileException.class,
                        e -> assertThat(e.userMessage())
                                .isEqualTo(
                                        "Файл c.xml, строка 1: документ «contract» не является протоколом закупки ЕИС"));
        assertThatThrownBy(() ->
                        reader.read(stream("<export>\n<fcsProtocolEF1><id>1</id></fcsProtocolEF1></export>"), "n.xml"))
                .isInstanceOfSatisfying(
                        EisFileException.class,
                        e -> assertThat(e.userMessage())
                                .isEqualTo("Файл n.xml, строка 2: в протоколе не указан номер закупки"));
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
