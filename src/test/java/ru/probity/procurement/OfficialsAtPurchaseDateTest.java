package ru.probity.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.probity.IntegrationTest;
import ru.probity.identifiers.Identifiers;
import ru.probity.procurement.eis.EisContractWriter;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.PersonName;
import ru.probity.procurement.model.Supplier;

/**
 * 44-ФЗ ст.31 ч.1 п.9 judges who held the customer's posts at the date of the purchase: the cards
 * are written through the people form (which records the periods of posts), the contracts are
 * imported and checked, and the check sees the contract manager of the purchase's date — not the one
 * of today.
 */
class OfficialsAtPurchaseDateTest extends IntegrationTest {

    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final String OFFICER = "ugh.officer";

    @Autowired
    ContractChecks checks;

    private final LocalDate today = LocalDate.now();

    /** A surname no other card has (letters only). */
    private static String unique(String base) {
        String digits = String.valueOf(System.nanoTime() % 1_000_000_000L) + SERIAL.incrementAndGet();
        StringBuilder name = new StringBuilder(base);
        digits.chars().forEach(c -> name.append("абвгдежзик".charAt(c - '0')));
        return name.toString();
    }

    /** A customer of its own (a department of УГХ with an INN), so that no other test's people count. */
    private String[] customer() {
        long parent = organizationId(UGH);
        String inn = Identifiers.completeOrganizationInn(
                "4027" + String.format("%05d", (System.nanoTime() / 1000 + SERIAL.incrementAndGet()) % 100_000));
        long id = jdbc.sql("""
                insert into organization (parent_id, path, kind, name, inn, created_by, updated_by)
                values (?, '', 'DEPARTMENT', ?, ?, 'test', 'test') returning id""")
                .params(parent, "Заказчик по датам № " + SERIAL.incrementAndGet() + "-" + System.nanoTime(), inn)
                .query(Long.class)
                .single();
        jdbc.sql(
                        "update organization set path = (select path from organization where id = ?) || id || '/' where id = ?")
                .params(parent, id)
                .update();
        return new String[] {String.valueOf(id), inn};
    }

    private static Map<String, String> card(String organization, String lastName, LocalDate appointedOn) {
        Map<String, String> card = new LinkedHashMap<>();
        card.put("organizationId", organization);
        card.put("lastName", lastName);
        card.put("firstName", "Пётр");
        card.put("middleName", "Ильич");
        card.put("post", "Контрактный управляющий");
        card.put("appointedOn", appointedOn == null ? "" : appointedOn.toString());
        card.put("dismissedOn", "");
        card.put("declarationRequired", "false");
        card.put("headOfCustomer", "false");
        card.put("contractServiceHead", "false");
        card.put("contractManager", "true");
        card.put("procurementCommissionMember", "false");
        return card;
    }

    private void send(String path, Map<String, String> card) throws Exception {
        MockHttpServletRequestBuilder request = post(path).with(as(OFFICER)).with(csrf());
        card.forEach(request::param);
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    /** A contract manager entered through the form, whose wife has the returned INN. */
    private long managerWithWife(Map<String, String> card, String wifeInn) throws Exception {
        send("/people/new", card);
        long id = jdbc.sql("select id from employee where last_name = ?")
                .param(card.get("lastName"))
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into relative (employee_id, relation, last_name, first_name, middle_name, inn, created_by, updated_by)
                values (?, 'SPOUSE', ?, 'Анна', 'Сергеевна', ?, 'test', 'test')""").params(id, card.get("lastName") + "а", wifeInn).update();
        return id;
    }

    private static String personInn() {
        return Identifiers.completePersonInn(
                "4027" + String.format("%06d", (System.nanoTime() / 1000 + SERIAL.incrementAndGet()) % 1_000_000));
    }

    private static String regNum() {
        return "34027" + String.format("%014d", (System.nanoTime() + SERIAL.incrementAndGet()) % 100_000_000_000_000L);
    }

    /** A contract signed on {@code signed} with the wife as the supplier (an individual). */
    private static Contract contract(String regNum, String customerInn, LocalDate signed, String wifeInn, String wife) {
        return new Contract(
                regNum,
                "1/" + signed.getYear(),
                signed,
                customerInn,
                null,
                "Заказчик",
                new BigDecimal("90000.00"),
                "RUB",
                "Услуги",
                null,
                true,
                List.of(new Supplier(
                        Supplier.Kind.INDIVIDUAL,
                        wifeInn,
                        null,
                        null,
                        new PersonName(wife, "Анна", "Сергеевна"),
                        null,
                        null,
                        null)));
    }

    private void upload(Contract... contracts) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var writer = new EisContractWriter(out)) {
            for (Contract c : contracts) {
                writer.write(c);
            }
        }
        assertThat(Uploads.upload(
                        mvc,
                        "/procurement/import",
                        as(OFFICER),
                        new MockMultipartFile("files", "contracts.xml", "application/xml", out.toByteArray())))
                .contains("контрактов " + contracts.length);
    }

    /** The rules of the live finding about the official in the contract; empty when none. */
    private List<String> findings(String regNum, long official) {
        return jdbc.sql("""
                select array_to_string(f.rules, ',') from finding f join contract c on c.id = f.contract_id
                where c.reg_num = ? and f.official_employee_id = ? and f.status not in ('STALE', 'GONE')""").params(regNum, official).query(String.class).list();
    }

    @Test
    void anOfficialDismissedAfterThePurchaseStaysInItsCheck() throws Exception {
        String[] customer = customer();
        String wifeInn = personInn();
        String name = unique("Уволенов");
        Map<String, String> card = card(customer[0], name, today.minusYears(3));
        long manager = managerWithWife(card, wifeInn);
        String bought = regNum();
        String after = regNum();
        upload(contract(bought, customer[1], today.minusDays(40), wifeInn, name + "а"));
        assertThat(findings(bought, manager)).containsExactly("44fz_31_1_9,273fz_10");

        // dismissed 20 days ago through the form, then the card deactivated
        card.put("dismissedOn", today.minusDays(20).toString());
        send("/people/" + manager + "/edit", card);
        send("/people/" + manager + "/active", Map.of("active", "false"));
        upload(contract(after, customer[1], today.minusDays(5), wifeInn, name + "а"));
        checks.check(checks.stale());

        // the re-check of the old purchase still finds him; the purchase after his dismissal does not
        assertThat(findings(bought, manager)).containsExactly("44fz_31_1_9,273fz_10");
        assertThat(findings(after, manager)).isEmpty();
        // and so does a check of that contract alone
        checks.check(List.of(contractId(bought)));
        assertThat(findings(bought, manager)).containsExactly("44fz_31_1_9,273fz_10");
    }

    private long contractId(String regNum) {
        return jdbc.sql("select id from contract where reg_num = ?")
                .param(regNum)
                .query(Long.class)
                .single();
    }

    @Test
    void anOfficialAppointedAfterThePurchaseIsNotInItsCheck() throws Exception {
        String[] customer = customer();
        String wifeInn = personInn();
        String name = unique("Новоназначенов");
        long manager = managerWithWife(card(customer[0], name, today.minusDays(30)), wifeInn);
        String before = regNum();
        String since = regNum();
        upload(
                contract(before, customer[1], today.minusDays(60), wifeInn, name + "а"),
                contract(since, customer[1], today.minusDays(10), wifeInn, name + "а"));

        assertThat(findings(before, manager))
                .as("the purchase of 60 days ago had another contract manager")
                .isEmpty();
        assertThat(findings(since, manager)).containsExactly("44fz_31_1_9,273fz_10");
    }

    @Test
    void aTransferredOfficialCountsForTheOldCustomerOnlyBeforeTheTransfer() throws Exception {
        String[] from = customer();
        String[] to = customer();
        String wifeInn = personInn();
        String name = unique("Переведенцев");
        Map<String, String> card = card(from[0], name, today.minusYears(2));
        long manager = managerWithWife(card, wifeInn);

        // transferred today through the form: his period at the old customer ends yesterday
        card.put("organizationId", to[0]);
        send("/people/" + manager + "/edit", card);

        String oldBefore = regNum();
        String oldAfter = regNum();
        String newBefore = regNum();
        String newAfter = regNum();
        upload(
                contract(oldBefore, from[1], today.minusDays(20), wifeInn, name + "а"),
                contract(oldAfter, from[1], today, wifeInn, name + "а"),
                contract(newBefore, to[1], today.minusDays(20), wifeInn, name + "а"),
                contract(newAfter, to[1], today, wifeInn, name + "а"));

        assertThat(findings(oldBefore, manager)).containsExactly("44fz_31_1_9,273fz_10");
        assertThat(findings(oldAfter, manager)).isEmpty();
        assertThat(findings(newBefore, manager)).isEmpty();
        assertThat(findings(newAfter, manager)).containsExactly("44fz_31_1_9,273fz_10");
    }
}
