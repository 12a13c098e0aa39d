package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.procurement.Uploads;
import ru.probity.procurement.eis.EisContractWriter;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Supplier;

/**
 * Hole 4 of issue 14: re-importing an Obninsk contract's registry number under a Kaluga customer
 * moved the contract to Kaluga and set its price to 1.00. Now an import changes only contracts
 * whose customer (the stored one and the new one) is in the uploader's subtree; a clash refuses
 * the whole file without naming the owner the uploader cannot see.
 */
@Tag("security")
class Hole04ContractOwnershipTest extends SecurityTest {

    private String[] customerIn(String municipality) {
        return jdbc.sql("""
                select inn, kpp from organization where inn is not null and active
                  and path like (select path from organization where name = ?) || '%' order by length(path) limit 1""")
                .param(municipality)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
    }

    private static Contract contract(String regNum, String[] customer, String price, String purchase) {
        return new Contract(
                regNum,
                "1/2026",
                LocalDate.now().minusDays(3),
                customer[0],
                customer[1],
                "Заказчик",
                new BigDecimal(price),
                "RUB",
                "Поставка",
                purchase,
                purchase == null,
                List.of(new Supplier(
                        Supplier.Kind.LEGAL_ENTITY,
                        "7810468350",
                        "184101001",
                        "ООО \"АПТРЕЙД\"",
                        null,
                        null,
                        null,
                        null)));
    }

    private static MockMultipartFile file(String name, Contract... contracts) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var writer = new EisContractWriter(out)) {
            for (Contract c : contracts) {
                writer.write(c);
            }
        }
        return new MockMultipartFile("files", name, "application/xml", out.toByteArray());
    }

    private String state(String regNum) {
        return jdbc.sql("select organization_id || ':' || customer_inn || ':' || price || ':' || import_id"
                        + " from contract where reg_num = ?")
                .param(regNum)
                .query(String.class)
                .single();
    }

    @Test
    void aKalugaOfficerCannotTakeOverAnObninskContractAndTheWholeFileIsRefused() throws Exception {
        String victim = jdbc.sql("""
                select c.reg_num from contract c join organization o on o.id = c.organization_id
                where o.path like (select path from organization where name = ?) || '%' order by c.id limit 1""").param(OBNINSK).query(String.class).single();
        String before = state(victim);
        String ownNew = "3402799000026000401";

        String page = Uploads.upload(
                mvc,
                "/procurement/import",
                as("kaluga.officer"),
                file(
                        "takeover.xml",
                        contract(ownNew, customerIn(KALUGA), "1000.00", null),
                        contract(victim, customerIn(KALUGA), "1.00", null)));

        assertThat(page)
                .contains("Не загружен")
                .contains(victim)
                .contains("уже загружен другой организацией")
                .doesNotContain(OBNINSK);
        assertThat(state(victim)).isEqualTo(before);
        // all or nothing: the file's own new contract was not stored either
        assertThat(jdbc.sql("select count(*) from contract where reg_num = ?")
                        .param(ownNew)
                        .query(Integer.class)
                        .single())
                .isZero();

        // the owner's officer still updates his own contract
        String[] obninsk = jdbc.sql("select customer_inn, customer_kpp from contract where reg_num = ?")
                .param(victim)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        assertThat(Uploads.upload(
                        mvc,
                        "/procurement/import",
                        as("obninsk.officer"),
                        file("own.xml", contract(victim, obninsk, "777.00", null))))
                .contains("контрактов 1");
        assertThat(state(victim)).contains(":777.00:");
    }

    @Test
    void aKalugaOfficerCannotPlantAProtocolOnAnObninskPurchase() throws Exception {
        String purchase = "0137300000026000777";
        assertThat(Uploads.upload(
                        mvc,
                        "/procurement/import",
                        as("obninsk.officer"),
                        file("obninsk.xml", contract("3402799000026000402", customerIn(OBNINSK), "5000.00", purchase))))
                .contains("контрактов 1");
        String protocol;
        try (var in = getClass().getResourceAsStream("/eis/fcsProtocolEF3_0873500000820003425_30311379.xml")) {
            protocol = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("0873500000820003425", purchase);
        }

        String page = Uploads.upload(
                mvc,
                "/procurement/import",
                as("kaluga.officer"),
                new MockMultipartFile(
                        "files", "protocol.xml", "application/xml", protocol.getBytes(StandardCharsets.UTF_8)));

        assertThat(page).contains("Не загружен").contains(purchase);
        assertThat(jdbc.sql("select count(*) from protocol where purchase_number = ?")
                        .param(purchase)
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
