package ru.probity.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.identifiers.Identifiers;
import ru.probity.procurement.eis.EisContractWriter;
import ru.probity.procurement.fns.FnsXmlWriter;
import ru.probity.procurement.model.Bid;
import ru.probity.procurement.model.Company;
import ru.probity.procurement.model.CompanyRole;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.ContractChange;
import ru.probity.procurement.model.Notice;
import ru.probity.procurement.model.PersonLink;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.model.Procedure;
import ru.probity.procurement.model.ProcurementLaw;
import ru.probity.procurement.model.Protocol;
import ru.probity.procurement.model.Supplier;

/**
 * Issue 22: the purchases behind the red flags are stored — notices, every bid of a protocol,
 * contract changes, the contract's ОКПД2 codes, ground and version, ЕГРЮЛ marks of unreliable data
 * — and {@link PurchaseFacts#snapshot()} gives them back with a version that moves on with every
 * import; the upload keeps each document within the uploader's subtree.
 */
class PurchaseFactsTest extends IntegrationTest {

    private static final AtomicLong NUMBERS = new AtomicLong(System.nanoTime() % 1_000_000);

    @Autowired
    PurchaseFacts facts;

    @Autowired
    ContractImport contractImport;

    private static String number(String prefix) {
        return prefix + String.format("%07d", NUMBERS.incrementAndGet() % 10_000_000);
    }

    private CurrentUser user(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    private String[] customerIn(String municipality) {
        return jdbc.sql("""
                select inn, kpp from organization where inn is not null and active
                  and path like (select path from organization where name = ?) || '%' order by length(path) limit 1""")
                .param(municipality)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
    }

    private static Contract contract(
            String regNum, String[] customer, String price, String purchase, int version, String ground) {
        return new Contract(
                regNum,
                "12/2026",
                LocalDate.of(2026, 3, 2),
                customer[0],
                customer[1],
                "Заказчик",
                new BigDecimal(price),
                "RUB",
                "Ремонт кровли",
                purchase,
                ground != null,
                List.of(new Supplier(
                        Supplier.Kind.LEGAL_ENTITY,
                        Identifiers.completeOrganizationInn("402755555"),
                        "402701001",
                        "ООО «КРОВЛЯ»",
                        null,
                        "г. Калуга",
                        "+7 4842 000000",
                        "roof@example.ru")),
                ProcurementLaw.FZ44,
                List.of("43.91.19.110", "41.20.40.000"),
                ground,
                version);
    }

    private static Notice notice(String purchase, String customerInn) {
        return new Notice(
                purchase,
                "epNotificationEZK2020",
                "13.2",
                Procedure.QUOTATION_REQUEST,
                "EZK",
                customerInn,
                "Заказчик",
                LocalDateTime.of(2026, 2, 2, 10, 15),
                LocalDateTime.of(2026, 2, 9, 9, 0),
                new BigDecimal("500000.00"),
                "RUB",
                List.of("43.91.19.110"),
                "Ремонт кровли");
    }

    private static Protocol protocol(String purchase) {
        return new Protocol(
                purchase,
                "ПРТ1",
                LocalDate.of(2026, 2, 10),
                null,
                null,
                "Единая комиссия",
                List.of(),
                "epProtocolEZK2020Final",
                List.of(
                        new Bid(
                                "1",
                                Identifiers.completeOrganizationInn("402755555"),
                                "402701001",
                                "ООО «КРОВЛЯ»",
                                Supplier.Kind.LEGAL_ENTITY,
                                new BigDecimal("495000.50"),
                                true,
                                null,
                                1,
                                true,
                                "г. Калуга",
                                "+7 4842 000000",
                                "roof@example.ru"),
                        new Bid(
                                "2",
                                Identifiers.completeOrganizationInn("402766666"),
                                null,
                                "ООО «ДРУГАЯ»",
                                Supplier.Kind.LEGAL_ENTITY,
                                new BigDecimal("499000"),
                                false,
                                "Заявка не соответствует требованиям извещения",
                                null,
                                false,
                                null,
                                "+7 4842 000000",
                                null)));
    }

    @Test
    void theDemoEntryPointStoresEveryDocumentAndTheSnapshotGivesThemBack() {
        String[] obninsk = customerIn(OBNINSK);
        String purchase = number("013730000002600");
        String regNum = number("340279900002600");
        Contract signed = contract(regNum, obninsk, "495000.50", purchase, 0, null);
        long before = facts.version();

        contractImport.storeAsSystem("test", List.of(signed));
        long afterContract = facts.version();
        assertThat(afterContract).isNotEqualTo(before);

        Notice notice = notice(purchase, obninsk[0]);
        Protocol protocol = protocol(purchase);
        ContractChange amendment = new ContractChange(
                regNum,
                ContractChange.Kind.AMENDMENT,
                1,
                LocalDate.of(2026, 3, 20),
                new BigDecimal("544500.55"),
                "ст.95 ч.1 п.1 б",
                "contract");
        ContractChange payment = new ContractChange(
                regNum,
                ContractChange.Kind.EXECUTION,
                0,
                LocalDate.of(2026, 5, 1),
                new BigDecimal("544500.55"),
                null,
                "contractProcedure");
        contractImport.storeDocumentsAsSystem("test", List.of(notice), List.of(protocol), List.of(amendment, payment));
        // the same documents again are the same documents, not new ones
        contractImport.storeDocumentsAsSystem("test", List.of(notice), List.of(protocol), List.of(amendment, payment));

        PurchaseFacts.Snapshot snapshot = facts.snapshot();
        assertThat(snapshot.version()).isNotEqualTo(afterContract).isEqualTo(facts.version());
        var stored = snapshot.contracts().stream()
                .filter(c -> c.contract().regNum().equals(regNum))
                .toList();
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst().contract()).isEqualTo(signed);
        assertThat(stored.getFirst().organizationId())
                .isEqualTo(
                        jdbc.sql("select id from organization where inn = ? and kpp = ? order by length(path) limit 1")
                                .params(obninsk[0], obninsk[1])
                                .query(Long.class)
                                .single());
        assertThat(snapshot.notices().stream().filter(n -> n.purchaseNumber().equals(purchase)))
                .containsExactly(notice);
        assertThat(snapshot.protocols().stream().filter(p -> p.purchaseNumber().equals(purchase)))
                .containsExactly(protocol);
        assertThat(snapshot.changes().stream().filter(c -> c.regNum().equals(regNum)))
                .containsExactly(amendment, payment);
        assertThat(snapshot.companies()).isNotEmpty();
        assertThat(snapshot.companies().stream().map(Company::inn).distinct().count())
                .as("the current record of each company once")
                .isEqualTo(snapshot.companies().size());

        // a newer version replaces the contract and keeps the price as signed; an older one does not
        contractImport.storeAsSystem("test", List.of(contract(regNum, obninsk, "544500.55", purchase, 1, null)));
        contractImport.storeAsSystem("test", List.of(signed));
        assertThat(jdbc.sql(
                                "select price || '/' || signed_price || '/' || version_number from contract where reg_num = ?")
                        .param(regNum)
                        .query(String.class)
                        .single())
                .isEqualTo("544500.55/495000.50/1");
        assertThat(facts.snapshot().contracts().stream()
                        .filter(c -> c.contract().regNum().equals(regNum)))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.contract().price()).isEqualByComparingTo("544500.55");
                    assertThat(c.contract().versionNumber()).isEqualTo(1);
                    assertThat(c.signedPrice()).isEqualByComparingTo("495000.50");
                });
    }

    @Test
    void anOfficerStoresNoticesAndChangesOfHisSubtreeOnly() {
        String[] kaluga = customerIn(KALUGA);
        String[] obninsk = customerIn(OBNINSK);
        CurrentUser officer = user("kaluga.officer");
        String obninskContract = number("340279900002600");
        contractImport.storeAsSystem("test", List.of(contract(obninskContract, obninsk, "1000.00", null, 0, "4")));

        String purchase = number("013730000002600");
        var refused = contractImport.importDocuments(
                officer, "notice.xml", List.of(), List.of(notice(purchase, obninsk[0])), List.of(), List.of());
        assertThat(refused.problem())
                .contains("извещение о закупке " + purchase)
                .contains(obninsk[0]);
        assertThat(count("purchase_notice", "purchase_number", purchase)).isZero();

        var change = new ContractChange(
                obninskContract, ContractChange.Kind.TERMINATION, 0, LocalDate.of(2026, 4, 1), null, "соглашение", "x");
        assertThat(contractImport
                        .importDocuments(officer, "change.xml", List.of(), List.of(), List.of(), List.of(change))
                        .problem())
                .contains("уже загружен другой организацией");
        assertThat(count("contract_change", "reg_num", obninskContract)).isZero();

        String unknown = number("340279900002699");
        assertThat(contractImport
                        .importDocuments(
                                officer,
                                "change.xml",
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(new ContractChange(
                                        unknown, ContractChange.Kind.EXECUTION, 0, null, BigDecimal.TEN, null, "x")))
                        .problem())
                .contains("не загружен");

        // his own: a notice of his customer, a contract and its amendment in one file
        String own = number("340279900002600");
        var ok = contractImport.importDocuments(
                officer,
                "own.xml",
                List.of(contract(own, kaluga, "2000.00", purchase, 2, null)),
                List.of(notice(purchase, kaluga[0])),
                List.of(protocol(purchase)),
                List.of(new ContractChange(
                        own,
                        ContractChange.Kind.AMENDMENT,
                        2,
                        LocalDate.of(2026, 3, 3),
                        new BigDecimal("2000.00"),
                        null,
                        "contract")));
        assertThat(ok.problem()).isNull();
        assertThat(ok.contracts()).isEqualTo(1);
        assertThat(ok.notices()).isEqualTo(1);
        assertThat(ok.protocols()).isEqualTo(1);
        assertThat(ok.changes()).isEqualTo(1);
        assertThat(count("purchase_notice", "purchase_number", purchase)).isEqualTo(1);

        // the purchase is Kaluga's now: Obninsk's officer may not add a notice to it
        assertThat(contractImport
                        .importDocuments(
                                user("obninsk.officer"),
                                "notice.xml",
                                List.of(),
                                List.of(notice(purchase, obninsk[0])),
                                List.of(),
                                List.of())
                        .problem())
                .contains(purchase);

        // hole 65: nor a notice under his own customer's INN of a purchase whose contract is Obninsk's
        String obninskPurchase = number("013730000002600");
        contractImport.storeAsSystem(
                "test", List.of(contract(number("340279900002600"), obninsk, "1000.00", obninskPurchase, 0, null)));
        assertThat(contractImport
                        .importDocuments(
                                officer,
                                "notice.xml",
                                List.of(),
                                List.of(notice(obninskPurchase, kaluga[0])),
                                List.of(),
                                List.of())
                        .problem())
                .contains(obninskPurchase);
        assertThat(count("purchase_notice", "purchase_number", obninskPurchase)).isZero();

        // the regional administrator also stores a notice of a customer not in the tree
        String treeless = number("013730000002600");
        assertThat(contractImport
                        .importDocuments(
                                user("region.admin"),
                                "notice.xml",
                                List.of(),
                                List.of(notice(treeless, Identifiers.completeOrganizationInn("770000001"))),
                                List.of(),
                                List.of())
                        .problem())
                .isNull();
    }

    @Test
    void theUploadPageCountsEveryKindOfDocument() throws Exception {
        String[] kaluga = customerIn(KALUGA);
        var out = new ByteArrayOutputStream();
        try (var writer = new EisContractWriter(out)) {
            writer.write(contract(number("340279900002600"), kaluga, "3000.00", null, 0, null));
        }
        String purchase = number("013730000002600");
        String protocol;
        try (var in = getClass().getResourceAsStream("/eis/fcsProtocolEF3_0873500000820003425_30311379.xml")) {
            protocol = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("0873500000820003425", purchase);
        }
        assertThat(Uploads.upload(
                        mvc,
                        "/procurement/import",
                        as("kaluga.officer"),
                        new MockMultipartFile("files", "contract.xml", "application/xml", out.toByteArray()),
                        new MockMultipartFile(
                                "files", "protocol.xml", "application/xml", protocol.getBytes(StandardCharsets.UTF_8))))
                .contains(
                        "Файл «contract.xml»: контрактов 1, извещений 0, протоколов 0, изменений и исполнения контрактов 0.")
                .contains("Файл «protocol.xml»: контрактов 0, извещений 0, протоколов 1");
        // a file with nothing Probity loads is refused in Russian
        assertThat(Uploads.upload(
                        mvc,
                        "/procurement/import",
                        as("kaluga.officer"),
                        new MockMultipartFile(
                                "files",
                                "other.xml",
                                "application/xml",
                                "<?xml version=\"1.0\"?><something><else/></something>"
                                        .getBytes(StandardCharsets.UTF_8))))
                .contains("Файл «other.xml» не загружен");
        // in an archive such an entry (a cancelled notice, a clarification) is counted, not refused
        var zip = new ByteArrayOutputStream();
        try (var archive = new java.util.zip.ZipOutputStream(zip)) {
            archive.putNextEntry(new java.util.zip.ZipEntry("other.xml"));
            archive.write("<?xml version=\"1.0\"?><something><else/></something>".getBytes(StandardCharsets.UTF_8));
            archive.closeEntry();
        }
        assertThat(Uploads.upload(
                        mvc,
                        "/procurement/import",
                        as("kaluga.officer"),
                        new MockMultipartFile("files", "eis.zip", "application/zip", zip.toByteArray())))
                .contains("Пропущено документов ЕИС, которые Probity не загружает: 1.")
                .doesNotContain("Не загружен");
        assertThat(jdbc.sql("select kind from protocol where purchase_number = ?")
                        .param(purchase)
                        .query(String.class)
                        .list())
                .hasSize(1);
    }

    @Test
    void theCompanyCardShowsWhatEgrulMarksAsUnreliable() throws Exception {
        String inn = Identifiers.completeOrganizationInn("402712345");
        Company company = new Company(
                inn,
                "402701001",
                Identifiers.completeOgrn("102400012345"),
                "ОБЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ «МАССОВЫЙ АДРЕС»",
                "ООО «МАССОВЫЙ АДРЕС»",
                "248000, КАЛУЖСКАЯ ОБЛАСТЬ, Г. КАЛУГА, УЛ. ЛЕНИНА, Д. 1",
                null,
                null,
                LocalDate.of(2024, 5, 6),
                null,
                LocalDate.of(2026, 11, 1),
                List.of(new PersonLink(
                        Identifiers.completePersonInn("4027123456"),
                        new PersonName("ИВАНОВ", "ИВАН", "ИВАНОВИЧ"),
                        CompanyRole.DIRECTOR,
                        "ДИРЕКТОР",
                        null,
                        LocalDate.of(2024, 5, 6),
                        null)),
                List.of(),
                List.of(),
                List.of("ADDRESS", "DIRECTOR"));
        var out = new ByteArrayOutputStream();
        try (var writer = FnsXmlWriter.egrul(out, Charset.forName("windows-1251"))) {
            writer.write(company);
        }
        assertThat(Uploads.upload(
                        mvc,
                        "/registers/import",
                        as("region.admin"),
                        new MockMultipartFile("files", "egrul-marks.xml", "application/xml", out.toByteArray())))
                .contains("компаний 1");

        String card = mvc.perform(get("/registers/companies/" + inn).with(as("kaluga.officer")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(card).contains("Сведения недостоверны: адрес, руководитель");
        assertThat(facts.snapshot().companies().stream().filter(c -> c.inn().equals(inn)))
                .singleElement()
                .extracting(Company::unreliableData)
                .isEqualTo(List.of("ADDRESS", "DIRECTOR"));
    }

    private int count(String table, String column, String value) {
        return jdbc.sql("select count(*) from " + table + " where " + column + " = ?")
                .param(value)
                .query(Integer.class)
                .single();
    }
}
