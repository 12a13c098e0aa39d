package ru.probity.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.IntegrationTest;

/**
 * Issue 18 item 8 in the application: a contract table says which law a contract falls under; a
 * 223-ФЗ contract with the contract manager's wife's company gets a personal-interest finding, not
 * a 44-ФЗ ст.31 ч.1 п.9 one, and its card says 223-ФЗ.
 */
class Scope44FindingsTest extends IntegrationTest {

    private static final String HEADER = "Реестровый номер;Дата заключения;ИНН заказчика;КПП заказчика;Цена;"
            + "Номер закупки;ИНН поставщика;Поставщик;Закон";

    private long manager;
    private String[] customer;

    private void wifeDirectsTheSupplier() throws Exception {
        try (var in = getClass().getResourceAsStream("/fns/egrul-open-data-4.05-one-company.xml")) {
            Uploads.upload(
                    mvc,
                    "/registers/import",
                    as("region.admin"),
                    new MockMultipartFile("files", "egrul.xml", "application/xml", in.readAllBytes()));
        }
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
                values (?, 'SPOUSE', 'Расторгуева', 'Ольга', 'Александровна', '592004603004', 'test', 'test')""").param(manager).update();
    }

    private String row(String regNum, String law) {
        return regNum + ";" + LocalDate.now().minusDays(10).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + ";"
                + customer[0] + ";" + customer[1] + ";250000;;7810468350;ООО \"АПТРЕЙД\";" + law + "\n";
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
}
