package ru.probity.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.IntegrationTest;
import ru.probity.identifiers.Identifiers;
import ru.probity.procurement.eis.EisContractWriter;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Supplier;

/**
 * The whole flow in the application: the real ЕГРЮЛ sample (ООО «АПТРЕЙД», director and sole
 * founder Расторгуева О.А., ИНН 592004603004) is loaded, a contract of «Управление городского
 * хозяйства» with that company is imported, and the spouse of the department's contract manager is
 * that director: the check records a 44-ФЗ finding and the coverage shows the contract checked.
 */
class ContractChecksTest extends IntegrationTest {

    @Autowired
    ContractChecks checks;

    private MockMultipartFile contracts(String name, Contract... contracts) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var writer = new EisContractWriter(out)) {
            for (Contract c : contracts) {
                writer.write(c);
            }
        }
        return new MockMultipartFile("files", name, "application/xml", out.toByteArray());
    }

    private static Contract contract(String regNum, String customerInn, String customerKpp, Supplier supplier) {
        return new Contract(
                regNum,
                "7/2026",
                LocalDate.now().minusDays(10),
                customerInn,
                customerKpp,
                "УГХ",
                new BigDecimal("250000.00"),
                "RUB",
                "Поставка саженцев",
                null,
                true,
                List.of(supplier));
    }

    private static Supplier company(String inn, String kpp, String name) {
        return new Supplier(
                Supplier.Kind.LEGAL_ENTITY, inn, kpp, name, null, "г. Ижевск", "+7 3412 111111", "a@b.example");
    }

    @Test
    void aContractWithTheContractManagersWifesCompanyGetsA44FzFindingAndCountsAsChecked() throws Exception {
        try (var in = getClass().getResourceAsStream("/fns/egrul-open-data-4.05-one-company.xml")) {
            assertThat(Uploads.upload(
                            mvc,
                            "/registers/import",
                            as("region.admin"),
                            new MockMultipartFile("files", "egrul.xml", "application/xml", in.readAllBytes())))
                    .contains("компаний 1");
        }
        long ugh = organizationId(UGH);
        var customer = jdbc.sql("select inn, kpp from organization where id = ?")
                .param(ugh)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        long manager = jdbc.sql(
                        "select id from employee where organization_id = ? and contract_manager and active limit 1")
                .param(ugh)
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into relative (employee_id, relation, last_name, first_name, middle_name, inn, created_by, updated_by)
                values (?, 'SPOUSE', 'Расторгуева', 'Ольга', 'Александровна', '592004603004', 'test', 'test')""").param(manager).update();
        String unknownSupplier = Identifiers.completeOrganizationInn("402799999");

        assertThat(Uploads.upload(
                        mvc,
                        "/procurement/import",
                        as("ugh.officer"),
                        contracts(
                                "contracts.xml",
                                contract(
                                        "3402700000026000001",
                                        customer[0],
                                        customer[1],
                                        company("7810468350", "184101001", "ООО \"АПТРЕЙД\"")),
                                contract(
                                        "3402700000026000002",
                                        customer[0],
                                        customer[1],
                                        company(unknownSupplier, "402701001", "ООО \"НЕИЗВЕСТНО\"")))))
                .contains("контрактов 2")
                .contains("Проверено контрактов: 2; проверены полностью 1");
        mvc.perform(get("/procurement").with(as("ugh.officer")))
                .andExpect(content().string(Matchers.containsString("нет выписки ЕГРЮЛ поставщика")));

        // one finding per conflict: the spouse directing the supplier is one finding under both laws
        var found = jdbc.sql("""
                select array_to_string(f.rules, ',') || ':' || f.confidence || ':' || f.person_kind
                from finding f join contract c on c.id = f.contract_id
                where c.reg_num = '3402700000026000001' and f.official_employee_id = ?""").param(manager).query(String.class).list();
        assertThat(found).containsExactly("44fz_31_1_9,273fz_10:HIGH:RELATIVE");
        assertThat(jdbc.sql("""
                        select f.explanation from finding f join contract c on c.id = f.contract_id
                        where c.reg_num = '3402700000026000001' and f.official_employee_id = ?""").param(manager).query(String.class).single())
                .contains("44-ФЗ")
                .contains("273-ФЗ");
        long finding = jdbc.sql("""
                        select f.id from finding f join contract c on c.id = f.contract_id
                        where c.reg_num = '3402700000026000001' and f.official_employee_id = ?""").param(manager).query(Long.class).single();
        assertThat(jdbc.sql("select findings from contract_check k join contract c on c.id = k.contract_id"
                                + " where c.reg_num = '3402700000026000001'")
                        .query(Integer.class)
                        .single())
                .as("the check counts conflicts, not rules")
                .isEqualTo(jdbc.sql("select count(*) from finding f join contract c on c.id = f.contract_id"
                                + " where c.reg_num = '3402700000026000001'")
                        .query(Integer.class)
                        .single());

        // a change of the people makes the checks stale; the re-check keeps the finding and its status
        checks.check(checks.stale());
        assertThat(checks.stale()).isEmpty();
        jdbc.sql("update employee set phone = '+7 4842 000000' where id = ?")
                .param(manager)
                .update();
        assertThat(checks.stale()).hasSizeGreaterThanOrEqualTo(2);
        // only the contracts of the changed employee's customer are stale, not those of other customers
        assertThat(jdbc.sql("select distinct customer_inn from contract where id = any(?)")
                        .param(checks.stale().toArray(Long[]::new))
                        .query(String.class)
                        .list())
                .containsExactly(customer[0]);
        checks.check(checks.stale());
        assertThat(checks.stale()).isEmpty();
        assertThat(jdbc.sql("""
                        select f.id from finding f join contract c on c.id = f.contract_id
                        where f.status = 'NEW' and c.reg_num = '3402700000026000001' and f.official_employee_id = ?""").param(manager).query(Long.class).list()).containsExactly(finding);

        // a finding whose rules a re-check changes keeps its number, with the new rules and an entry of its
        // history; one that had gone is new again
        jdbc.sql("update finding set rules = array['44fz_31_1_9'], status = 'GONE' where id = ?")
                .param(finding)
                .update();
        jdbc.sql("update employee set phone = '+7 4842 000001' where id = ?")
                .param(manager)
                .update();
        checks.check(checks.stale());
        assertThat(jdbc.sql("select array_to_string(rules, ',') || ':' || status from finding where id = ?")
                        .param(finding)
                        .query(String.class)
                        .single())
                .isEqualTo("44fz_31_1_9,273fz_10:NEW");
        assertThat(jdbc.sql(
                                "select kind || ':' || coalesce(text, '') from finding_event where finding_id = ? order by id")
                        .param(finding)
                        .query(String.class)
                        .list())
                .containsExactly("FOUND:", "REFOUND:", "RULES:44fz_31_1_9,273fz_10");
        assertThat(jdbc.sql("""
                        select count(*) from finding f join contract c on c.id = f.contract_id
                        where c.reg_num = '3402700000026000001' and f.official_employee_id = ?""").param(manager).query(Integer.class).single()).isEqualTo(1);
        assertThat(mvc.perform(get("/findings/" + finding).with(as("ugh.officer")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains(
                        "повторная проверка изменила основания: Конфликт интересов с участником закупки; Личная заинтересованность")
                .contains("снова найдена проверкой");

        // the Obninsk officer sees none of Kaluga's contracts
        mvc.perform(get("/procurement").with(as("obninsk.officer")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("3402700000026000002"))));
    }

    @Test
    void anOfficerCannotImportContractsOfACustomerOutsideHisSubtree() throws Exception {
        var obninskAdministration = jdbc.sql("""
                select inn, kpp from organization where inn is not null
                  and path like (select path from organization where name = ?) || '%' limit 1""")
                .param(OBNINSK)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        assertThat(Uploads.upload(
                        mvc,
                        "/procurement/import",
                        as("kaluga.officer"),
                        contracts(
                                "foreign.xml",
                                contract(
                                        "3402500000026000009",
                                        obninskAdministration[0],
                                        obninskAdministration[1],
                                        company("7810468350", "184101001", "ООО \"АПТРЕЙД\"")))))
                .contains("не входит в организации, доступные вам");
        assertThat(jdbc.sql("select count(*) from contract where reg_num = '3402500000026000009'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
