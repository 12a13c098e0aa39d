package ru.probity.procurement.eis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.probity.procurement.model.Bid;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.ContractChange;
import ru.probity.procurement.model.Notice;
import ru.probity.procurement.model.Procedure;
import ru.probity.procurement.model.Protocol;
import ru.probity.procurement.model.Supplier;

/** {@link EisDocuments} on every real sample of ../shared/samples/eis44 and on every document kind. */
class EisDocumentsTest {

    /** Everything a read passed on. */
    static final class Collected implements EisDocuments.Sink {
        final List<Contract> contracts = new ArrayList<>();
        final List<Notice> notices = new ArrayList<>();
        final List<Protocol> protocols = new ArrayList<>();
        final List<ContractChange> changes = new ArrayList<>();
        final List<EisFileException> problems = new ArrayList<>();
        EisDocuments.Summary summary;

        @Override
        public void contract(Contract contract) {
            contracts.add(contract);
        }

        @Override
        public void notice(Notice notice) {
            notices.add(notice);
        }

        @Override
        public void protocol(Protocol protocol) {
            protocols.add(protocol);
        }

        @Override
        public void change(ContractChange change) {
            changes.add(change);
        }

        @Override
        public void problem(EisFileException problem) {
            problems.add(problem);
        }

        Protocol protocol() {
            assertThat(protocols).hasSize(1);
            return protocols.getFirst();
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(EisDocumentsTest.class.getResource("/eis/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Collected read(String name) {
        Collected c = new Collected();
        c.summary = new EisDocuments().read(resource(name), c);
        return c;
    }

    private static Collected sample(String prefix) throws IOException {
        Path dir = resource("eis44");
        try (var files = Files.walk(dir)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .findFirst()
                    .orElseThrow();
            return read(dir.relativize(file).toString().isEmpty() ? "eis44" : "eis44/" + dir.relativize(file));
        }
    }

    @Test
    void everySampleFileLoadsWithoutProblems() {
        Collected all = read("eis44");
        assertThat(all.summary.files()).isEqualTo(24);
        assertThat(all.problems).isEmpty();
        assertThat(all.summary.protocols()).isEqualTo(17);
        assertThat(all.summary.notices()).isEqualTo(1);
        assertThat(all.summary.contracts()).isZero();
        assertThat(all.summary.skipped())
                .isEqualTo(Map.of(
                        "fcsClarification", 1L,
                        "fcsContractSign", 1L,
                        "fcsNotificationCancel", 1L,
                        "fcsNotificationCancelFailure", 1L,
                        "fcsPlacementResult", 1L,
                        "fcsProtocolCancel", 1L));
        assertThat(all.summary.unknownElements()).isEmpty();
        assertThat(all.protocols).extracting(p -> p.bids().size()).containsOnly(0, 1, 2, 4, 6, 9, 10, 12);
    }

    /**
     * Every protocol of the samples: kind, number, bids, bids admitted, bids rejected, the winner's INN
     * (counted from the files independently of the reader: applications, their own {@code admitted},
     * {@code appRejectedReason}, {@code appRating} 1).
     */
    @ParameterizedTest
    @CsvSource(
            nullValues = "-",
            value = {
                "fcsProtocolEF1_0111100000217000017, fcsProtocolEF1, 0111100000217000017-1, 2017-10-13, 2, 2, 0, -",
                "fcsProtocolEF1_0111100000217000020, fcsProtocolEF1, 0111100000217000020-1, 2017-10-13, 12, 10, 2, -",
                "fcsProtocolEF1_0111100008317000293, fcsProtocolEF1, 0111100008317000293-1, 2017-11-07, 0, 0, 0, -",
                "fcsProtocolEF1_0311100006117000056, fcsProtocolEF1, 0311100006117000056-1, 2017-09-21, 4, 2, 2, -",
                "fcsProtocolEF2_0111100000217000017, fcsProtocolEF2, 0111100000217000017-2, 2017-10-16, 2, 0, 0, -",
                "fcsProtocolEF2_0111100000217000020, fcsProtocolEF2, 0111100000217000020-2, 2017-10-16, 10, 0, 0, -",
                "fcsProtocolEF3_0111100000217000017, fcsProtocolEF3, 0111100000217000017-3, 2017-10-19, 2, 2, 0, 1660086239",
                "fcsProtocolEF3_0111100002017000012, fcsProtocolEF3, 0111100002017000012-3, 2017-09-20, 4, 3, 1, 1655234918",
                "fcsProtocolEF3_0111200000917000706, fcsProtocolEF3, 0111200000917000706-3, 2017-09-29, 6, 5, 0, 1655372820",
                "fcsProtocolEF3_0311300012718000021, fcsProtocolEF3, 0311300012718000021-3, 2018-05-25, 9, 9, 0, 1657082883",
                "fcsProtocolEFInvalidation_0111100001117000130, fcsProtocolEFInvalidation, 0111100001117000130-2, 2017-09-18, 0, 0, 0, -",
                "fcsProtocolEFSingleApp_0111100000217000018, fcsProtocolEFSingleApp, 0111100000217000018-1, 2017-10-13, 1, 1, 0, 1660291887",
                "fcsProtocolEFSinglePart_0111100000217000028, fcsProtocolEFSinglePart, 0111100000217000028-2, 2017-10-19, 1, 0, 1, -",
                "fcsProtocolEvasion_0111300005118000098, fcsProtocolEvasion, 0111300005118000098-5, 2018-04-17, 1, 0, 0, -",
                "fcsProtocolEF3_0873500000820003425, fcsProtocolEF3, 0873500000820003425-3, 2020-10-01, 6, 6, 0, 9703009483",
                "fcsProtocolEFSingleApp_0173100000120000018, fcsProtocolEFSingleApp, 0173100000120000018-0, 2020-10-01, 1, 1, 0, 7702404085",
                "fcsProtocolEZK1_0332200014320000017, epProtocolEZK1, ПР1, 2020-10-01, 0, 0, 0, -",
            })
    void everySampleProtocolWithItsBids(
            String file,
            String kind,
            String number,
            LocalDate date,
            int bids,
            int admitted,
            int rejected,
            String winner)
            throws IOException {
        Collected c = sample(file);
        assertThat(c.problems).isEmpty();
        Protocol p = c.protocol();
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.protocolNumber()).isEqualTo(number);
        assertThat(p.purchaseNumber())
                .isEqualTo(number.startsWith("ПР") ? "0332200014320000017" : number.substring(0, 19));
        assertThat(p.date()).isEqualTo(date);
        assertThat(p.bids()).hasSize(bids);
        assertThat(p.bids()).filteredOn(b -> Boolean.TRUE.equals(b.admitted())).hasSize(admitted);
        assertThat(p.bids()).filteredOn(b -> Boolean.FALSE.equals(b.admitted())).hasSize(rejected);
        assertThat(p.bids())
                .filteredOn(Bid::winner)
                .extracting(Bid::inn)
                .containsExactlyElementsOf(winner == null ? List.of() : List.of(winner));
        assertThat(p.bids()).allSatisfy(b -> assertThat(b.journalNumber()).isNotNull());
    }

    @Test
    void firstPartsProtocolNamesBidsByNumberWithAdmission() throws IOException {
        Protocol p = sample("fcsProtocolEF1_0111100000217000020").protocol();
        assertThat(p.kind()).isEqualTo("fcsProtocolEF1");
        assertThat(p.purchaseNumber()).isEqualTo("0111100000217000020");
        assertThat(p.date()).isEqualTo(LocalDate.of(2017, 10, 13));
        assertThat(p.bids()).hasSize(12);
        assertThat(p.bids())
                .filteredOn(b -> Boolean.FALSE.equals(b.admitted()))
                .extracting(Bid::journalNumber, Bid::rejectionReason)
                .containsExactly(
                        tuple("9", "Заявка не соответствует требованиям извещения\\документации"),
                        tuple("12", "Заявка не соответствует требованиям извещения\\документации"));
        assertThat(p.bids()).allSatisfy(b -> assertThat(b.inn()).isNull());
    }

    @Test
    void auctionProtocolGivesLastOffers() throws IOException {
        Protocol p = sample("fcsProtocolEF2_0111100000217000017").protocol();
        assertThat(p.bids())
                .extracting(Bid::journalNumber, Bid::offer, Bid::admitted)
                .containsExactly(
                        tuple("1", new BigDecimal("190105.00"), null), tuple("2", new BigDecimal("189140.00"), null));
    }

    @Test
    void summaryProtocolOfSchema72NamesBiddersOfTheOldParticipantType() throws IOException {
        Protocol p = sample("fcsProtocolEF3_0111100002017000012").protocol();
        assertThat(p.bids())
                .extracting(Bid::journalNumber, Bid::inn, Bid::kind, Bid::admitted, Bid::rating, Bid::winner)
                .containsExactly(
                        tuple("4", "1655234918", Supplier.Kind.LEGAL_ENTITY, true, 1, true),
                        tuple("3", "164703600874", Supplier.Kind.INDIVIDUAL, true, 2, false),
                        tuple("2", "1655078874", Supplier.Kind.LEGAL_ENTITY, true, 3, false),
                        tuple("1", "1655369841", Supplier.Kind.LEGAL_ENTITY, false, null, false));
        Bid rejected = p.bids().get(3);
        assertThat(rejected.name()).isEqualTo("ГБУ «ГА РТ»");
        assertThat(rejected.rejectionReason())
                .isEqualTo("Участник не соответствует требованиям извещения\\документации");
        assertThat(p.bids().get(1).name()).isEqualTo("ИП Гончаров Вадим Александрович");
        assertThat(p.bids().get(2).address()).isEqualTo("420111, г. Казань, а/я 177");
    }

    @Test
    void summaryProtocolOfSchema81GivesWinnerPrices() throws IOException {
        Protocol p = sample("fcsProtocolEF3_0311300012718000021").protocol();
        assertThat(p.bids()).hasSize(9);
        assertThat(p.bids().getFirst())
                .extracting(Bid::journalNumber, Bid::inn, Bid::offer, Bid::rating, Bid::winner)
                .containsExactly("4", "1657082883", new BigDecimal("175292.6"), 1, true);
        assertThat(p.bids().getLast())
                .extracting(Bid::journalNumber, Bid::inn, Bid::offer, Bid::rating)
                .containsExactly("11", "1660171822", new BigDecimal("608060.2"), 9);
    }

    @Test
    void summaryProtocolOf2020GivesContactsOfEveryBidder() throws IOException {
        Protocol p = sample("fcsProtocolEF3_0873500000820003425").protocol();
        assertThat(p.bids())
                .extracting(Bid::journalNumber, Bid::inn, Bid::kind, Bid::offer, Bid::rating, Bid::phone, Bid::email)
                .containsExactly(
                        tuple(
                                "1",
                                "9729232422",
                                Supplier.Kind.LEGAL_ENTITY,
                                new BigDecimal("1960000.00"),
                                2,
                                "79258884528",
                                "lokuhor@gmail.com"),
                        tuple(
                                "2",
                                "613303041597",
                                Supplier.Kind.ENTREPRENEUR,
                                new BigDecimal("1982840.78"),
                                4,
                                "79852323838",
                                "atlantis2017@list.ru"),
                        tuple(
                                "3",
                                "7727440800",
                                Supplier.Kind.LEGAL_ENTITY,
                                new BigDecimal("2138357.69"),
                                5,
                                "70000000000",
                                "Vershina_2021@mail.ru"),
                        tuple(
                                "10",
                                "401600167029",
                                Supplier.Kind.ENTREPRENEUR,
                                new BigDecimal("1969880.00"),
                                3,
                                "79105126221",
                                "5183600@mail.ru"),
                        tuple(
                                "4",
                                "9703009483",
                                Supplier.Kind.LEGAL_ENTITY,
                                new BigDecimal("1840283.61"),
                                1,
                                "79661219491",
                                "target-group@inbox.ru"),
                        tuple(
                                "6",
                                "524706440705",
                                Supplier.Kind.ENTREPRENEUR,
                                new BigDecimal("2540109.69"),
                                6,
                                "79169289129",
                                "ipstg77@gmail.com"));
        assertThat(p.bids().get(1).name()).isEqualTo("ЖУКОВ АЛЕКСАНДР АЛЕКСАНДРОВИЧ");
        assertThat(p.bids()).filteredOn(Bid::winner).extracting(Bid::inn).containsExactly("9703009483");
    }

    @Test
    void singleBidProtocolsMakeTheOnlyAdmittedBidTheWinner() throws IOException {
        Protocol old = sample("fcsProtocolEFSingleApp_0111100000217000018").protocol();
        assertThat(old.bids())
                .extracting(Bid::journalNumber, Bid::inn, Bid::name, Bid::admitted, Bid::winner)
                .containsExactly(tuple("1", "1660291887", "ООО 'Проект'", true, true));
        Protocol recent = sample("fcsProtocolEFSingleApp_0173100000120000018").protocol();
        assertThat(recent.bids())
                .extracting(Bid::inn, Bid::offer, Bid::winner, Bid::email)
                .containsExactly(tuple("7702404085", new BigDecimal("265000000.00"), true, "tender@rubytech.ru"));
        Protocol rejected =
                sample("fcsProtocolEFSinglePart_0111100000217000028").protocol();
        assertThat(rejected.bids())
                .extracting(Bid::inn, Bid::admitted, Bid::winner)
                .containsExactly(tuple("1644040195", false, false));
    }

    @Test
    void protocolsWithoutBidsAndTheEpFamily() throws IOException {
        assertThat(sample("fcsProtocolEF1_0111100008317000293").protocol().bids())
                .isEmpty();
        Protocol ep = sample("fcsProtocolEZK1_0332200014320000017").protocol();
        assertThat(ep.kind()).isEqualTo("epProtocolEZK1");
        assertThat(ep.customerInn()).isEqualTo("7704091840");
        assertThat(ep.bids()).isEmpty();
        Protocol evasion = sample("fcsProtocolEvasion_0111300005118000098").protocol();
        assertThat(evasion.bids()).extracting(Bid::journalNumber).containsExactly("4");
    }

    @Test
    void dateChangeNoticeGivesTheProcedureAndPublication() throws IOException {
        Collected c = sample("fcs_notificationEFDateChange");
        assertThat(c.notices).hasSize(1);
        Notice n = c.notices.getFirst();
        assertThat(n.purchaseNumber()).isEqualTo("0111100008417000189");
        assertThat(n.documentKind()).isEqualTo("fcs_notificationEFDateChange");
        assertThat(n.schemeVersion()).isEqualTo("7.3");
        assertThat(n.procedure()).isEqualTo(Procedure.ELECTRONIC_AUCTION);
        assertThat(n.placingWayCode()).isEqualTo("EAP44");
        assertThat(n.published()).isEqualTo(LocalDateTime.of(2017, 12, 18, 8, 5, 52));
        assertThat(n.submissionEnd()).isNull();
    }

    @Test
    void contractOfSchema45WithAParticipantTypeSupplier() {
        Collected c = read("schema4/contract_0376200001114000031_4.5.xml");
        assertThat(c.problems).isEmpty();
        Contract contract = c.contracts.getFirst();
        assertThat(contract.regNum()).isEqualTo("0376200001114000031");
        assertThat(contract.price()).isEqualByComparingTo("145000");
        assertThat(contract.currency()).isEqualTo("RUB");
        assertThat(contract.purchaseNumber()).isEqualTo("0376200001114000013");
        assertThat(contract.okpd2()).containsExactly("25.22.11.130");
        assertThat(contract.customerInn()).isEqualTo("0105031422");
        assertThat(contract.suppliers())
                .containsExactly(new Supplier(
                        Supplier.Kind.LEGAL_ENTITY,
                        "0105070446",
                        "010501001",
                        "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"ШАГДИ\"",
                        null,
                        "385011, Респ Адыгея, г Майкоп, ул Пионерская, 407, 117",
                        "8-8772-210114",
                        null));
        // the product's strict import reads it too (it refused it before: «неизвестный вид поставщика»)
        assertThat(new EisContractReader().readAll(resource("schema4/contract_0376200001114000031_4.5.xml")))
                .containsExactlyElementsOf(c.contracts);
    }

    @Test
    void everyDocumentKindOfAnExportLenientlyPerDocument() {
        Collected c = read("mixed/export-mixed.xml");
        assertThat(c.summary.skipped()).isEqualTo(Map.of("fcsNotificationCancel", 1L));
        assertThat(c.summary.unknownElements()).isEqualTo(Map.of("someFutureKind", 1L));

        Notice fcs = c.notices.get(0);
        assertThat(fcs.procedure()).isEqualTo(Procedure.ELECTRONIC_AUCTION);
        assertThat(fcs.customerInn()).isEqualTo("1654002946"); // no INN of the customer: the organizer's
        assertThat(fcs.customerName()).isEqualTo("ГОСУДАРСТВЕННАЯ ИНСПЕКЦИЯ ТРУДА В РЕСПУБЛИКЕ ТАТАРСТАН");
        assertThat(fcs.submissionEnd()).isEqualTo(LocalDateTime.of(2017, 10, 10, 12, 0));
        assertThat(fcs.maxPrice()).isEqualByComparingTo("199000");
        assertThat(fcs.okpd2()).containsExactly("82.19.13.000");
        Notice ep = c.notices.get(1);
        assertThat(ep)
                .extracting(
                        Notice::purchaseNumber,
                        Notice::schemeVersion,
                        Notice::customerInn,
                        Notice::published,
                        Notice::submissionEnd,
                        Notice::currency,
                        Notice::okpd2)
                .containsExactly(
                        "0332200014320000099",
                        "13.2",
                        "5260000019",
                        LocalDateTime.of(2022, 3, 1, 9, 0),
                        LocalDateTime.of(2022, 3, 9, 8, 0),
                        "RUB",
                        List.of("17.12.14.129"));
        assertThat(ep.maxPrice()).isEqualByComparingTo("512000.50");

        assertThat(c.contracts).hasSize(2);
        Contract amended = c.contracts.get(0);
        assertThat(amended.versionNumber()).isEqualTo(2);
        assertThat(amended.singleSupplierGround()).isNull();
        Contract small = c.contracts.get(1);
        assertThat(small.singleSupplier()).isTrue();
        assertThat(small.singleSupplierGround()).isEqualTo("4");
        assertThat(small.okpd2()).containsExactly("17.12.14.129", "17.23.13.191");
        assertThat(small.suppliers()).extracting(Supplier::inn).containsExactly("164703600874");

        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.documentIndex()).isEqualTo(5);
            assertThat(p.userMessage()).contains("export-mixed.xml").contains("ИНН заказчика «1654002947»");
        });

        assertThat(c.changes)
                .extracting(
                        ContractChange::regNum,
                        ContractChange::kind,
                        ContractChange::version,
                        ContractChange::date,
                        ContractChange::price,
                        ContractChange::documentKind)
                .containsExactly(
                        tuple(
                                "2165400294617000021",
                                ContractChange.Kind.AMENDMENT,
                                2,
                                LocalDate.of(2018, 2, 12),
                                new BigDecimal("208054.00"),
                                "contract"),
                        tuple(
                                "2165400294617000021",
                                ContractChange.Kind.EXECUTION,
                                0,
                                LocalDate.of(2017, 12, 20),
                                new BigDecimal("100000.00"),
                                "contractProcedure"),
                        tuple(
                                "2165400294617000021",
                                ContractChange.Kind.EXECUTION,
                                0,
                                LocalDate.of(2018, 3, 15),
                                new BigDecimal("89140.00"),
                                "contractProcedure"),
                        tuple(
                                "2165400294617000021",
                                ContractChange.Kind.TERMINATION,
                                0,
                                LocalDate.of(2018, 3, 19),
                                new BigDecimal("189140.00"),
                                "contractProcedure"),
                        tuple(
                                "2165400294618000003",
                                ContractChange.Kind.TERMINATION,
                                0,
                                LocalDate.of(2018, 4, 2),
                                null,
                                "contractCancel"));
        assertThat(c.changes.getFirst().reason()).startsWith("Увеличение объема услуг");
        assertThat(c.changes.get(3).reason()).isEqualTo("Соглашение сторон");
        assertThat(c.changes.get(4).reason()).isEqualTo("Сведения внесены ошибочно");
    }

    @Test
    void nestedZipArchivesNameTheInnerFileInProblems() throws IOException {
        byte[] inner = zip(Map.of(
                "contract_1.xml", Files.readAllBytes(resource("schema4/contract_0376200001114000031_4.5.xml")),
                "broken.xml", "<export><contract><regNum>1</regNum>".getBytes()));
        byte[] outer = zip(Map.of(
                "contracts_Adygeja_Resp_201410.zip",
                inner,
                "protocol.xml",
                Files.readAllBytes(resource("eis44/protocols/fcsProtocolEF3_0873500000820003425_30311379.xml"))));
        Collected c = new Collected();
        EisDocuments.Summary s = new EisDocuments().read(new ByteArrayInputStream(outer), "region.zip", c);
        assertThat(s.files()).isEqualTo(3);
        assertThat(s.contracts()).isEqualTo(1);
        assertThat(s.protocols()).isEqualTo(1);
        assertThat(c.problems)
                .singleElement()
                .satisfies(p ->
                        assertThat(p.fileName()).isEqualTo("region.zip!contracts_Adygeja_Resp_201410.zip!broken.xml"));
    }

    @Test
    void aDtdIsAProblemNotAFailure() {
        Collected c = new Collected();
        new EisDocuments()
                .read(
                        new ByteArrayInputStream(
                                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><export/>"
                                        .getBytes()),
                        "evil.xml",
                        c);
        assertThat(c.problems)
                .singleElement()
                .satisfies(p -> assertThat(p.userMessage()).contains("DTD"));
    }

    @Test
    void epProtocolBidsAndOldSupplierCodes() {
        String xml = """
                <ns2:export xmlns:ns2="http://zakupki.gov.ru/oos/export/1" xmlns="http://zakupki.gov.ru/oos/EPtypes/1">
                 <ns2:epProtocolEF2020Final schemeVersion="13.1">
                  <commonInfo><purchaseNumber>0137300043322000001</purchaseNumber><docNumber>ИЭА1</docNumber>
                   <publishDTInEIS>2022-02-10T10:00:00+03:00</publishDTInEIS></commonInfo>
                  <protocolInfo><applicationsInfo>
                   <applicationInfo><commonInfo><appNumber>113</appNumber><appRating>1</appRating></commonInfo>
                    <appParticipantInfo><legalEntityRFInfo><fullName>ООО "А"</fullName><INN>1660086239</INN><KPP>166001001</KPP>
                     <contactInfo><orgPostAddress>Казань</orgPostAddress><contactPersonInfo><lastName>Иванов</lastName></contactPersonInfo>
                     <contactEMail>a@example.ru</contactEMail><contactPhone>78430000000</contactPhone></contactInfo></legalEntityRFInfo></appParticipantInfo>
                    <admittedInfo><appAdmittedInfo><admitted>true</admitted></appAdmittedInfo></admittedInfo>
                    <priceOffer><price>99.00</price></priceOffer><lastPriceOffer><price>95.50</price></lastPriceOffer>
                   </applicationInfo>
                   <applicationInfo><commonInfo><appNumber>7</appNumber></commonInfo>
                    <appParticipantInfo><individualPersonRFInfo><nameInfo><lastName>ПЕТРОВ</lastName><firstName>ПЁТР</firstName></nameInfo>
                     <INN>164703600874</INN><isIP>true</isIP></individualPersonRFInfo></appParticipantInfo>
                    <admittedInfo><appNotAdmittedInfo><appRejectedReasonsInfo><appRejectedReasonInfo>
                     <rejectReason><code>1</code><name>Непредставление информации</name></rejectReason>
                     <explanation>Нет декларации</explanation></appRejectedReasonInfo></appRejectedReasonsInfo></appNotAdmittedInfo></admittedInfo>
                    <finalPrice>97.00</finalPrice>
                   </applicationInfo>
                  </applicationsInfo></protocolInfo>
                 </ns2:epProtocolEF2020Final>
                 <ns2:fcsProtocolEF3 schemeVersion="6.4"><purchaseNumber>0137300043315000001</purchaseNumber>
                  <protocolLot><applications><application><journalNumber>1</journalNumber>
                   <appParticipant><participantType>ZZ</participantType><inn>1660086239</inn></appParticipant>
                  </application></applications></protocolLot></ns2:fcsProtocolEF3>
                </ns2:export>
                """;
        Collected c = new Collected();
        EisDocuments.Summary s = new EisDocuments()
                .read(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "ep.xml", c);
        assertThat(c.problems).isEmpty();
        assertThat(s.unknownElements()).isEqualTo(Map.of("participantType=ZZ", 1L));
        Protocol ep = c.protocols.getFirst();
        assertThat(ep.kind()).isEqualTo("epProtocolEF2020Final");
        assertThat(ep.date()).isEqualTo(LocalDate.of(2022, 2, 10));
        assertThat(ep.bids())
                .containsExactly(
                        new Bid(
                                "113",
                                "1660086239",
                                "166001001",
                                "ООО \"А\"",
                                Supplier.Kind.LEGAL_ENTITY,
                                new BigDecimal("95.50"),
                                true,
                                null,
                                1,
                                true,
                                "Казань",
                                "78430000000",
                                "a@example.ru"),
                        new Bid(
                                "7",
                                "164703600874",
                                null,
                                "ПЕТРОВ ПЁТР",
                                Supplier.Kind.ENTREPRENEUR,
                                new BigDecimal("97.00"),
                                false,
                                "Нет декларации",
                                null,
                                false,
                                null,
                                null,
                                null));
        assertThat(c.protocols.get(1).bids()).extracting(Bid::kind).containsExactly(Supplier.Kind.LEGAL_ENTITY);
    }

    @Test
    void theStrictContractReaderRefusesAnUnknownParticipantType() {
        String xml = """
                <export><contract><regNum>1</regNum><customer><inn>1654002946</inn></customer>
                <suppliers><supplier><participantType>ZZ</participantType><inn>1660086239</inn></supplier></suppliers>
                </contract></export>""";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EisContractReader()
                        .read(
                                new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                                "c.xml",
                                x -> {}))
                .isInstanceOf(EisFileException.class)
                .satisfies(e -> assertThat(((EisFileException) e).userMessage())
                        .contains("неизвестный вид поставщика participantType «ZZ»"));
    }

    @ParameterizedTest
    @CsvSource({
        "fcsNotificationEF, ELECTRONIC_AUCTION",
        "fcsNotificationEA44, ELECTRONIC_AUCTION",
        "epNotificationEF2020, ELECTRONIC_AUCTION",
        "fcs_notificationEFDateChange, ELECTRONIC_AUCTION",
        "fcsNotificationOK, OPEN_TENDER",
        "epNotificationEOK2020, OPEN_TENDER",
        "fcsNotificationOKU, LIMITED_TENDER",
        "epNotificationEOKU, LIMITED_TENDER",
        "fcsNotificationOKOU, LIMITED_TENDER",
        "fcsNotificationOKD, TWO_STAGE_TENDER",
        "epNotificationEOKD2020, TWO_STAGE_TENDER",
        "fcsNotificationZK, QUOTATION_REQUEST",
        "fcsNotificationZKB, QUOTATION_REQUEST",
        "epNotificationEZK2020, QUOTATION_REQUEST",
        "fcsNotificationZP, PROPOSAL_REQUEST",
        "epNotificationEZP, PROPOSAL_REQUEST",
        "fcsNotificationEP, SINGLE_SUPPLIER",
        "epNotificationEP2020, SINGLE_SUPPLIER",
        "fcsNotificationPO, OTHER",
        "fcsNotificationISM, OTHER",
    })
    void theProcedureOfANoticeKind(String kind, Procedure procedure) {
        assertThat(NoticeXml.procedure(kind)).isEqualTo(procedure);
    }

    @Test
    void aNoticeWithoutAPurchaseNumberIsAProblemOfThatDocument() {
        String xml = """
                <export><fcsNotificationZK schemeVersion="5.0"><docPublishDate>2015-01-01</docPublishDate></fcsNotificationZK>
                <fcsNotificationZK schemeVersion="5.0"><purchaseNumber>0137300043315000002</purchaseNumber>
                <docPublishDate>2015-01-02T09:30:00Z</docPublishDate></fcsNotificationZK></export>""";
        Collected c = new Collected();
        new EisDocuments()
                .read(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "n.xml", c);
        assertThat(c.problems)
                .singleElement()
                .satisfies(p -> assertThat(p.userMessage())
                        .isEqualTo("Файл n.xml, строка 1, документ 1: в извещении не указан номер закупки"));
        assertThat(c.notices)
                .extracting(Notice::purchaseNumber, Notice::procedure, Notice::published)
                .containsExactly(
                        tuple("0137300043315000002", Procedure.QUOTATION_REQUEST, LocalDateTime.of(2015, 1, 2, 9, 30)));
    }

    @Test
    void theGroundIsThePointOfArticle93() {
        assertThat(ContractXml.ground(null, "Закупка (п. 5 ч. 1 ст. 93 Закона № 44-ФЗ)"))
                .isEqualTo("5");
        assertThat(ContractXml.ground("X", "в соответствии с пунктом 25 части 1 статьи 93"))
                .isEqualTo("25");
        assertThat(ContractXml.ground(null, "Пункт 25.1 части 1 статьи 93 44-ФЗ"))
                .isEqualTo("25.1");
        assertThat(ContractXml.ground("4", null)).isEqualTo("4");
        assertThat(ContractXml.ground("SC_P4", "Иное основание")).isNull();
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var e : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
