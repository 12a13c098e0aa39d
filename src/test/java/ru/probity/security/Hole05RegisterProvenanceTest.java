package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.identifiers.Identifiers;
import ru.probity.procurement.ContractChecks;
import ru.probity.procurement.Uploads;
import ru.probity.procurement.eis.EisContractWriter;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Supplier;

/**
 * Hole 5 of issue 14: a forged ЕГРЮЛ extract uploaded by a Kaluga officer became the region's
 * current record of a supplier and planted a finding against an Obninsk official. Now a
 * municipality's extract is pending: it counts only for its own subtree's checks, never replaces
 * a better-sourced record, and becomes region-wide only when the regional administrator accepts
 * it; the company card shows who loaded what and what changed.
 */
@Tag("security")
class Hole05RegisterProvenanceTest extends SecurityTest {

    @Autowired
    ContractChecks checks;

    /** An employee of the organization with an INN: the official the forged extract names. */
    private record Official(long id, String inn, String lastName, String firstName, String middleName) {}

    private Official officialOf(long organizationId) {
        return jdbc.sql("""
                select id, inn, last_name, first_name, coalesce(middle_name, '') from employee
                where organization_id = ? and active and inn is not null order by id limit 1""")
                .param(organizationId)
                .query((rs, n) ->
                        new Official(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .single();
    }

    private static final Charset CP1251 = Charset.forName("windows-1251");

    private String sample() throws Exception {
        try (var in = getClass().getResourceAsStream("/fns/egrul-open-data-4.05-one-company.xml")) {
            return new String(in.readAllBytes(), CP1251);
        }
    }

    /** A newer ЕГРЮЛ "extract" of the company whose director and sole founder is the official. */
    private MockMultipartFile forged(String name, String companyInn, Official founder) throws Exception {
        String xml = sample().replace("7810468350", companyInn)
                .replace(
                        "ДатаВып=\"2018-01-11\"", "ДатаВып=\"" + LocalDate.now().minusDays(1) + "\"")
                .replace("592004603004", founder.inn())
                .replace("Фамилия=\"РАСТОРГУЕВА\"", "Фамилия=\"" + founder.lastName() + "\"")
                .replace("Имя=\"ОЛЬГА\"", "Имя=\"" + founder.firstName() + "\"")
                .replace("Отчество=\"АЛЕКСАНДРОВНА\"", "Отчество=\"" + founder.middleName() + "\"");
        return new MockMultipartFile("files", name, "application/xml", xml.getBytes(CP1251));
    }

    private int findingsAgainst(long contractId, long officialId) {
        return jdbc.sql("select count(*) from finding where contract_id = ? and official_employee_id = ?"
                        + " and status <> 'STALE'")
                .params(contractId, officialId)
                .query(Integer.class)
                .single();
    }

    private long currentExtract(String inn) {
        return jdbc.sql("select id from register_company where inn = ? and is_current")
                .param(inn)
                .query(Long.class)
                .single();
    }

    private long pendingFile(String fileName) {
        return jdbc.sql("select id from register_import where file_name = ? and status = 'PENDING'")
                .param(fileName)
                .query(Long.class)
                .single();
    }

    @Test
    void aForgedMunicipalExtractPlantsNothingUntilTheRegionalAdministratorAcceptsIt() throws Exception {
        // a supplier known region-wide from a genuine ЕГРЮЛ extract of 2018
        String supplier = Identifiers.completeOrganizationInn("402755501");
        String genuine = sample().replace("7810468350", supplier)
                .replace("592004603004", Identifiers.completePersonInn("4027555010"));
        assertThat(Uploads.upload(
                        mvc,
                        "/registers/import",
                        as("region.admin"),
                        new MockMultipartFile("files", "genuine.xml", "application/xml", genuine.getBytes(CP1251))))
                .contains("компаний 1");
        long genuineExtract = currentExtract(supplier);

        // an Obninsk contract with that supplier, checked: nothing against the official
        long obninsk = jdbc.sql("""
                select o.id from organization o
                where o.path like (select path from organization where name = ?) || '%' and o.inn is not null
                  and o.kpp is not null and o.active
                  and exists (select 1 from employee e where e.organization_id = o.id and e.active and e.inn is not null)
                order by length(o.path), o.id limit 1""").param(OBNINSK).query(Long.class).single();
        String[] customer = jdbc.sql("select inn, kpp from organization where id = ?")
                .param(obninsk)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        Official official = officialOf(obninsk);
        var contracts = new ByteArrayOutputStream();
        try (var writer = new EisContractWriter(contracts)) {
            writer.write(new Contract(
                    "3402755500026000501",
                    "5/2026",
                    LocalDate.now().minusDays(2),
                    customer[0],
                    customer[1],
                    "Администрация",
                    new BigDecimal("90000.00"),
                    "RUB",
                    "Ремонт",
                    null,
                    true,
                    List.of(new Supplier(
                            Supplier.Kind.LEGAL_ENTITY,
                            supplier,
                            "184101001",
                            "ООО \"ПОСТАВКА\"",
                            null,
                            null,
                            null,
                            null))));
        }
        assertThat(Uploads.upload(
                        mvc,
                        "/procurement/import",
                        as("obninsk.officer"),
                        new MockMultipartFile("files", "contract.xml", "application/xml", contracts.toByteArray())))
                .contains("контрактов 1");
        long contract = jdbc.sql("select id from contract where reg_num = '3402755500026000501'")
                .query(Long.class)
                .single();
        assertThat(findingsAgainst(contract, official.id())).isZero();

        // the attack: a Kaluga officer uploads a newer "extract" naming the Obninsk official as founder
        String page = Uploads.upload(
                mvc, "/registers/import", as("kaluga.officer"), forged("forged.xml", supplier, official));
        checks.check(checks.stale());

        assertThat(findingsAgainst(contract, official.id())).isZero();
        assertThat(currentExtract(supplier)).isEqualTo(genuineExtract);
        assertThat(page).contains("компаний 1").contains("только при проверке контрактов вашей организации");
        // the Obninsk officer's card shows the genuine record, nothing of Kaluga's upload
        String obninskCard = mvc.perform(get("/registers/companies/" + supplier).with(as("obninsk.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(obninskCard).doesNotContain(official.lastName()).doesNotContain("forged.xml");
        // the uploader sees his extract pending, and the region's record still in force
        assertThat(mvc.perform(get("/registers/companies/" + supplier).with(as("kaluga.officer")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("forged.xml")
                .contains("на рассмотрении");
        // only the regional administrator decides
        long file = pendingFile("forged.xml");
        mvc.perform(post("/registers/pending/" + file + "/accept").with(csrf()).with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/registers/pending").with(as("obninsk.officer"))).andExpect(status().isForbidden());

        // the regional administrator sees it pending, with who loaded it, and accepts it
        assertThat(mvc.perform(get("/registers/pending").with(as("region.admin")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("forged.xml")
                .contains("Морозова Елена Сергеевна") // kaluga.officer, by name (issue 16)
                .doesNotContain("kaluga.officer")
                .contains(supplier)
                .doesNotContain("??");
        mvc.perform(post("/registers/pending/" + file + "/accept").with(csrf()).with(as("region.admin")))
                .andExpect(status().is3xxRedirection());
        // decided once: a second decision is refused, back on the page it was posted from
        mvc.perform(post("/registers/pending/" + file + "/reject")
                        .with(csrf())
                        .with(as("region.admin"))
                        .header("Referer", "http://localhost/registers/pending"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/registers/pending"))
                .andExpect(flash().attribute("problem", "Этот файл уже рассмотрен или не найден."));

        assertThat(currentExtract(supplier)).isNotEqualTo(genuineExtract);
        assertThat(jdbc.sql("""
                        select i.imported_by || ':' || i.source || ':' || i.status || ':' || i.reviewed_by
                        from register_company c join register_import i on i.id = c.import_id
                        where c.inn = ? and c.is_current""").param(supplier).query(String.class).single())
                .isEqualTo("kaluga.officer:MUNICIPAL:ACCEPTED:region.admin");
        checks.check(checks.stale());
        assertThat(findingsAgainst(contract, official.id())).isPositive();

        // the card's history: who loaded what, who accepted it, what it changed
        String card = mvc.perform(get("/registers/companies/" + supplier).with(as("region.admin")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(card)
                .doesNotContain("??")
                .contains("История изменений")
                .contains("genuine.xml")
                .contains("forged.xml")
                .contains("Морозова Елена Сергеевна")
                .doesNotContain("kaluga.officer")
                .doesNotContain("region.admin")
                .contains("принята для всей области")
                .contains("Текущие сведения для всей области заменены")
                .contains("Добавлен(а): " + official.lastName())
                .contains("Больше нет: РАСТОРГУЕВА");
        assertThat(jdbc.sql("select count(*) from register_change where inn = ? and action = 'PENDING'"
                                + " and actor = 'kaluga.officer'")
                        .param(supplier)
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    @Test
    void theIssuesAttackOnADemoObninskSupplierChangesNothingAndIsRejected() throws Exception {
        var target = jdbc.sql("""
                select c.id, c.organization_id, c.suppliers -> 0 ->> 'inn' from contract c
                join organization o on o.id = c.organization_id
                where o.path like (select path from organization where name = ?) || '%'
                  and c.suppliers -> 0 ->> 'kind' = 'LEGAL_ENTITY'
                  and exists (select 1 from register_company r where r.inn = c.suppliers -> 0 ->> 'inn' and r.is_current)
                  and exists (select 1 from employee e where e.organization_id = c.organization_id and e.active
                              and e.inn is not null)
                order by c.id limit 1""")
                .param(OBNINSK)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)})
                .single();
        long contract = (Long) target[0];
        String supplier = (String) target[2];
        Official official = officialOf((Long) target[1]);
        long current = currentExtract(supplier);
        int before = findingsAgainst(contract, official.id());

        String page = Uploads.upload(
                mvc, "/registers/import", as("kaluga.officer"), forged("demo-forged.xml", supplier, official));
        checks.check(checks.stale());

        assertThat(findingsAgainst(contract, official.id())).isEqualTo(before);
        assertThat(currentExtract(supplier)).isEqualTo(current);
        assertThat(page).contains("из более надёжного источника");

        long file = pendingFile("demo-forged.xml");
        mvc.perform(post("/registers/pending/" + file + "/reject")
                        .param("note", "подложная выписка")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql(
                                "select status || ':' || reviewed_by || ':' || review_note from register_import where id = ?")
                        .param(file)
                        .query(String.class)
                        .single())
                .isEqualTo("REJECTED:region.admin:подложная выписка");
        assertThat(currentExtract(supplier)).isEqualTo(current);
        assertThat(mvc.perform(get("/registers/companies/" + supplier).with(as("region.admin")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("demo-forged.xml")
                .contains("отклонена");
    }
}
