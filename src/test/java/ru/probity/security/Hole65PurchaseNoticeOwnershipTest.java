package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.procurement.ContractImport;
import ru.probity.procurement.Uploads;
import ru.probity.procurement.model.Notice;
import ru.probity.procurement.model.Procedure;

/**
 * Hole 65 of issue 22: a protocol's purchase was someone else's only by its contracts and stored
 * protocols, so while an Obninsk purchase had only its notice (no contract yet), a Kaluga officer
 * could plant a protocol on it — its bids feed the red flags of Obninsk's customer. Now a stored
 * notice makes the purchase its customer's too: the file is refused and nothing is stored.
 */
@Tag("security")
class Hole65PurchaseNoticeOwnershipTest extends SecurityTest {

    @Autowired
    ContractImport contractImport;

    @Test
    void aKalugaOfficerCannotPlantAProtocolOnAPurchaseObninskHasOnlyNoticed() throws Exception {
        String purchase = "0137300000026006565";
        String obninskInn = jdbc.sql("""
                select inn from organization where inn is not null and active
                  and path like (select path from organization where name = ?) || '%' order by length(path) limit 1""").param(OBNINSK).query(String.class).single();
        contractImport.storeDocumentsAsSystem(
                "test",
                List.of(new Notice(
                        purchase,
                        "epNotificationEF2020",
                        "13.2",
                        Procedure.ELECTRONIC_AUCTION,
                        "EAP20",
                        obninskInn,
                        "Заказчик Обнинска",
                        LocalDateTime.of(2026, 2, 1, 9, 0),
                        LocalDateTime.of(2026, 2, 12, 9, 0),
                        new BigDecimal("900000.00"),
                        "RUB",
                        List.of("41.20.40.000"),
                        "Строительство")),
                List.of(),
                List.of());
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

        assertThat(page).contains("Не загружен").contains(purchase).doesNotContain(OBNINSK);
        assertThat(jdbc.sql("select count(*) from protocol where purchase_number = ?")
                        .param(purchase)
                        .query(Integer.class)
                        .single())
                .isZero();

        // Obninsk's own officer loads it
        assertThat(Uploads.upload(
                        mvc,
                        "/procurement/import",
                        as("obninsk.officer"),
                        new MockMultipartFile(
                                "files", "protocol.xml", "application/xml", protocol.getBytes(StandardCharsets.UTF_8))))
                .contains("протоколов 1");
    }
}
