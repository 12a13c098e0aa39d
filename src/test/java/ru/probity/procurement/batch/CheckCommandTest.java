package ru.probity.procurement.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import ru.probity.identifiers.Identifiers;
import ru.probity.procurement.eis.EisContractWriter;
import ru.probity.procurement.model.Contract;
import ru.probity.procurement.model.Supplier;

/**
 * The batch command end to end on files: the real ЕГРЮЛ sample (ООО «АПТРЕЙД», director and sole
 * founder Расторгуева Ольга Александровна, ИНН 592004603004), a contract in the ЕИС format with it
 * as supplier, and a people CSV where the customer's contract manager is her spouse.
 */
class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void findsTheContractManagersWifeAsDirectorOfTheSupplier() throws Exception {
        Path registry = dir.resolve("egrul.xml");
        try (var in = getClass().getResourceAsStream("/fns/egrul-open-data-4.05-one-company.xml")) {
            Files.copy(in, registry);
        }
        String customerInn = Identifiers.completeOrganizationInn("402700123");
        Path contracts = dir.resolve("contracts.xml");
        EisContractWriter.write(
                contracts,
                List.of(new Contract(
                        "3402700123021000001",
                        "15/2021",
                        LocalDate.of(2021, 3, 15),
                        customerInn,
                        "402701001",
                        "МБУ «Калугаблагоустройство»",
                        new BigDecimal("480000.00"),
                        "RUB",
                        "Поставка канцелярских товаров",
                        null,
                        true,
                        List.of(new Supplier(
                                Supplier.Kind.LEGAL_ENTITY,
                                "7810468350",
                                "184101001",
                                "ООО \"АПТРЕЙД\"",
                                null,
                                "426063, Удмуртская Республика, г. Ижевск, ул. Орджоникидзе, д. 31",
                                "+7 3412 000000",
                                "info@aptrade.example")))));
        Path people = dir.resolve("people.csv");
        Files.writeString(
                people,
                "person_id;last_name;first_name;middle_name;birth_date;inn;snils;phone;email;address;organization_inn;"
                        + "position;procurement_role;relative_of;relation\n"
                        + "e1;Расторгуев;Павел;Игоревич;1979-04-02;;;;;;" + customerInn
                        + ";Контрактный управляющий;contract_manager;;\n"
                        + "r1;Расторгуева;Ольга;Александровна;1981-06-12;592004603004;;;;;" + customerInn
                        + ";;employee;e1;spouse\n",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("findings.jsonl");

        int exit = new CommandLine(new CheckCommand())
                .execute(
                        "--registry", registry.toString(),
                        "--contracts", contracts.toString(),
                        "--people", people.toString(),
                        "--out", out.toString());

        assertThat(exit).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .contains("\"rule\":\"44fz_31_1_9\"")
                        .contains("\"confidence\":\"high\"")
                        .contains("\"official_id\":\"e1\"")
                        .contains("\"person_id\":\"r1\"")
                        .contains("\"contract\":\"3402700123021000001\""));
    }

    @Test
    void aBadRegisterFileStopsWithAClearRussianMessage() throws Exception {
        Path registry = dir.resolve("broken.xml");
        Files.writeString(registry, "<Файл><Документ><СвЮЛ ОГРН=\"1\"/></Документ></Файл>");
        Path people = dir.resolve("people.csv");
        Files.writeString(
                people,
                "person_id;last_name;first_name;middle_name;birth_date;inn;snils;phone;email;address;organization_inn;"
                        + "position;procurement_role;relative_of;relation\n");
        int exit = new CommandLine(new CheckCommand())
                .execute(
                        "--registry", registry.toString(),
                        "--contracts", registry.toString(),
                        "--people", people.toString(),
                        "--out", dir.resolve("out.jsonl").toString());
        assertThat(exit).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("out.jsonl"))).isFalse();
    }
}
