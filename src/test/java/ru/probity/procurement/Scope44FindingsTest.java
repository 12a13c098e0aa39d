package ru.probity.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.IntegrationTest;
import ru.probity.identifiers.Identifiers;

/**
 * Issue 18 item 8 in the application: a contract table says which law a contract falls under (a
 * 223-ФЗ contract with the contract manager's wife's company gets a personal-interest finding, not
 * a 44-ФЗ ст.31 ч.1 п.9 one); the managing organization of an uploaded extract; the mandatory
 * steps of a confirmed п.9 conflict. The people and companies are this test's own.
 */
class Scope44FindingsTest extends IntegrationTest {

    private static final String HEADER = "Реестровый номер;Дата заключения;ИНН заказчика;КПП заказчика;Цена;"
            + "Номер закупки;ИНН поставщика;Поставщик;Закон";

    private long manager;
    private String[] customer;

    /** The wife's INN and the companies of this test only (other tests' people stay untouched). */
    private static final String WIFE_INN = Identifiers.completePersonInn("4027888001");

    private static final String SUPPLIER = Identifiers.completeOrganizationInn("402788803");
    private static final String MANAGING = Identifiers.completeOrganizationInn("402788801");
    private static final String MANAGED = Identifiers.completeOrganizationInn("402788802");

    private static String company(String inn, String ogrn, String name, String inside) {
        return "<Документ><СвЮЛ ИНН=\"" + inn + "\" ОГРН=\"" + Identifiers.completeOgrn(ogrn)
                + "\" ДатаВып=\"2026-01-10\"><СвНаимЮЛ НаимЮЛПолн=\"" + name + "\"/>" + inside
                + "</СвЮЛ></Документ>";
    }

    private static final String WIFE_DIRECTS =
            "<СведДолжнФЛ><СвФЛ Фамилия=\"ЗИМИНА\" Имя=\"ВЕРА\" Отчество=\"ПАВЛОВНА\"" + " ИННФЛ=\"" + WIFE_INN
                    + "\"/><СвДолжн НаимДолжн=\"ГЕНЕРАЛЬНЫЙ ДИРЕКТОР\"/></СведДолжнФЛ>";

    /**
     * The contract manager's wife directs «ООО ЗИМА» and «ООО УК СЕВЕР», the managing organization
     * (СвУпрОрг) of «ООО ПОДРЯДЧИК».
     */
    private void wifeDirectsTheSupplier() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Файл ВерсФорм=\"4.05\">"
                + company(SUPPLIER, "102402788803", "ООО ЗИМА", WIFE_DIRECTS)
                + company(MANAGING, "102402788801", "ООО УК СЕВЕР", WIFE_DIRECTS)
                + company(
                        MANAGED,
                        "102402788802",
                        "ООО ПОДРЯДЧИК",
                        "<СвУпрОрг><НаимИННЮЛ ИНН=\"" + MANAGING + "\" НаимЮЛПолн=\"ООО УК СЕВЕР\"/></СвУпрОрг>")
                + "</Файл>";
        Uploads.upload(
                mvc,
                "/registers/import",
                as("region.admin"),
                new MockMultipartFile(
                        "files", "egrul-scope44.xml", "application/xml", xml.getBytes(StandardCharsets.UTF_8)));
        long ugh = organizationId(UGH);
        customer = jdbc.sql("select inn, kpp from organization where id = ?")
                .param(ugh)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        manager = jdbc.sql("select id from employee where organization_id = ? and contract_manager and active limit 1")
                .param(ugh)
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into relative (employee_id, relation, last_name, first_name, middle_name, inn, created_by, updated_by)
                select ?, 'SPOUSE', 'Зимина', 'Вера', 'Павловна', ?, 'test', 'test'
                where not exists (select 1 from relative where inn = ?)""").param(manager).param(WIFE_INN).param(WIFE_INN).update();
    }

    private String row(String regNum, String law) {
        return row(regNum, law, SUPPLIER, "ООО ЗИМА");
    }

    private String row(String regNum, String law, String supplierInn, String supplierName) {
        return regNum + ";" + LocalDate.now().minusDays(10).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ";"
                + customer[0] + ";" + customer[1] + ";250000;;" + supplierInn + ";" + supplierName + ";" + law + "\n";
    }

    private String rules(String regNum) {
        return jdbc.sql("""
                select array_to_string(f.rules, ',') from finding f join contract c on c.id = f.contract_id
                where c.reg_num = ? and f.official_employee_id = ?""").param(regNum).param(manager).query(String.class).single();
    }

    @Test
    void a223FzContractGetsAPersonalInterestFindingAndItsCardSaysTheLaw() throws Exception {
        wifeDirectsTheSupplier();
        String csv = HEADER + "\n" + row("3402700000026000101", "223-ФЗ") + row("3402700000026000102", "");
        assertThat(Uploads.upload(
                        mvc,
                        "/procurement/import",
                        as("ugh.officer"),
                        new MockMultipartFile(
                                "files", "contracts.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8))))
                .contains("контрактов 2");

        assertThat(jdbc.sql(
                                "select reg_num || ':' || law from contract where reg_num like '34027000000260001%' order by reg_num")
                        .query(String.class)
                        .list())
                .containsExactly("3402700000026000101:FZ223", "3402700000026000102:FZ44");
        assertThat(rules("3402700000026000101")).isEqualTo("273fz_10");
        assertThat(rules("3402700000026000102")).isEqualTo("44fz_31_1_9,273fz_10");

        long finding = jdbc.sql("""
                        select f.id from finding f join contract c on c.id = f.contract_id
                        where c.reg_num = '3402700000026000101'""").query(Long.class).single();
        String card = mvc.perform(get("/findings/" + finding).with(as("ugh.officer")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(card).contains("223-ФЗ").contains("44-ФЗ ст.31 ч.1 п.9 к ней не применяется");
    }

    private long findingOf(String regNum) {
        return jdbc.sql("select f.id from finding f join contract c on c.id = f.contract_id where c.reg_num = ?")
                .param(regNum)
                .query(Long.class)
                .single();
    }

    private String page(long finding) throws Exception {
        return mvc.perform(get("/findings/" + finding).with(as("ugh.officer")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private void confirm(long finding) throws Exception {
        mvc.perform(post("/findings/" + finding + "/status")
                        .param("status", "UNDER_REVIEW")
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/findings/" + finding + "/status")
                        .param("status", "CONFIRMED")
                        .param("reason", "Родство подтверждено записью акта о браке")
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private String step(long finding, String step) throws Exception {
        return mvc.perform(post("/findings/" + finding + "/step")
                        .param("step", step)
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aConfirmedPoint9ConflictShowsTheCustomersMandatoryStepsRecordedWithWhoAndWhen() throws Exception {
        wifeDirectsTheSupplier();
        String csv = HEADER + "\n" + row("3402700000026000201", "44-ФЗ") + row("3402700000026000202", "223-ФЗ");
        Uploads.upload(
                mvc,
                "/procurement/import",
                as("ugh.officer"),
                new MockMultipartFile("files", "contracts.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        long point9 = findingOf("3402700000026000201");
        long personal = findingOf("3402700000026000202");

        assertThat(page(point9)).doesNotContain("Обязательные действия заказчика");
        assertThat(step(point9, "REFUSE_OR_WITHDRAW")).contains("только для подтверждённого конфликта");

        confirm(point9);
        assertThat(page(point9))
                .contains("Обязательные действия заказчика")
                .contains("44-ФЗ ст.31 ч.9", "ст.95 ч.15")
                .contains("Сообщить о конфликте интересов в контрольный орган");
        // an officer of another subtree may not record a step
        mvc.perform(post("/findings/" + point9 + "/step")
                        .param("step", "REFUSE_OR_WITHDRAW")
                        .with(as("obninsk.officer"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        step(point9, "REFUSE_OR_WITHDRAW");
        assertThat(jdbc.sql("select username || ':' || text from finding_event where finding_id = ? and kind = 'STEP'")
                        .param(point9)
                        .query(String.class)
                        .list())
                .containsExactly("ugh.officer:REFUSE_OR_WITHDRAW");
        assertThat(page(point9)).contains("выполнено: ").contains("выполнено обязательное действие: Отказаться");
        assertThat(step(point9, "REFUSE_OR_WITHDRAW")).contains("уже отмечено выполненным");
        assertThat(step(point9, "NONSENSE")).contains("Неизвестное действие");

        // a 223-ФЗ personal interest, confirmed, obliges nothing under 44-ФЗ
        confirm(personal);
        assertThat(page(personal)).doesNotContain("Обязательные действия заказчика");
        assertThat(step(personal, "INFORM_CONTROL_BODY")).contains("только для подтверждённого конфликта");
    }

    @Test
    void theManagingOrganizationOfAnUploadedExtractMakesItsDirectorAManagerOfTheSupplier() throws Exception {
        wifeDirectsTheSupplier();
        assertThat(jdbc.sql("select managing_organizations ->> 0 from register_company where inn = ?")
                        .param(MANAGED)
                        .query(String.class)
                        .single())
                .contains(MANAGING);

        String csv = HEADER + "\n" + row("3402700000026000301", "", MANAGED, "ООО ПОДРЯДЧИК");
        Uploads.upload(
                mvc,
                "/procurement/import",
                as("ugh.officer"),
                new MockMultipartFile("files", "contracts.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(rules("3402700000026000301")).isEqualTo("44fz_31_1_9,273fz_10");
        assertThat(page(findingOf("3402700000026000301"))).contains("управляющая организация");
    }
}
