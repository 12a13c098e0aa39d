package ru.probity;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The command-line import writes into the product's database as a named user, like an upload on
 * the pages; here it connects to the test application's database as an external one.
 */
class ImportCommandTest extends IntegrationTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");

    @Autowired
    HikariDataSource dataSource;

    @TempDir
    Path dir;

    private int run(String... args) {
        String[] all = new String[args.length + 5];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--spring.datasource.url=" + dataSource.getJdbcUrl();
        all[args.length + 1] = "--spring.datasource.username=" + dataSource.getUsername();
        all[args.length + 2] = "--spring.datasource.password=" + dataSource.getPassword();
        all[args.length + 3] = "--probity.data-dir=" + dir.resolve("data");
        all[args.length + 4] = "--server.port=0";
        return BatchCommands.run(all);
    }

    @Test
    void registersImportFromTheCommandLineAsTheNamedUserAndAnUnknownUserIsRefused() throws Exception {
        String xml;
        try (var in = getClass().getResourceAsStream("/fns/egrul-open-data-4.05-one-company.xml")) {
            xml = new String(in.readAllBytes(), CP1251).replace("ДатаВып=\"2018-01-11\"", "ДатаВып=\"2016-06-06\"");
        }
        Path registry = Files.createDirectories(dir.resolve("registry"));
        Files.write(registry.resolve("egrul.xml"), xml.getBytes(CP1251));

        assertThat(run("import", "--as", "nobody.here", "--registry", registry.toString()))
                .isEqualTo(2);
        assertThat(run(
                        "import",
                        "--as",
                        "region.admin",
                        "--registry",
                        dir.resolve("missing").toString()))
                .isEqualTo(2);

        assertThat(run("import", "--as", "region.admin", "--registry", registry.toString(), "--no-check"))
                .isZero();
        assertThat(jdbc.sql("""
                        select i.imported_by from register_company c join register_import i on i.id = c.import_id
                        where c.inn = '7810468350' and c.extract_date = '2016-06-06'""").query(String.class).single()).isEqualTo("region.admin");
    }

    @Test
    void eisDocumentsImportFromTheCommandLineWithinTheUsersSubtree() throws Exception {
        Path eis = Files.createDirectories(dir.resolve("eis"));
        String own = "3402799000026009901";
        String foreign = "3402799000026009902";
        writeContract(eis.resolve("own.xml"), own, KALUGA);
        writeContract(eis.resolve("foreign.xml"), foreign, OBNINSK);
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(eis.resolve("archive.zip")));
                var in = getClass().getResourceAsStream("/eis/fcsProtocolEF3_0873500000820003425_30311379.xml")) {
            zip.putNextEntry(new java.util.zip.ZipEntry("fcsProtocolEF3_0137300000026009903.xml"));
            zip.write(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("0873500000820003425", "0137300000026009903")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        // the Obninsk contract is not the Kaluga officer's: that file is refused, the others load
        assertThat(run("import", "--as", "kaluga.officer", "--notices", eis.toString(), "--no-check"))
                .isEqualTo(1);
        assertThat(jdbc.sql("select reg_num from contract where reg_num in (?, ?)")
                        .params(own, foreign)
                        .query(String.class)
                        .list())
                .containsExactly(own);
        assertThat(jdbc.sql("select count(*) from protocol where purchase_number = '0137300000026009903'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    private void writeContract(Path file, String regNum, String municipality) throws Exception {
        String[] customer = jdbc.sql("""
                select inn, kpp from organization where inn is not null and active
                  and path like (select path from organization where name = ?) || '%' order by length(path) limit 1""")
                .param(municipality)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        try (var writer = new ru.probity.procurement.eis.EisContractWriter(Files.newOutputStream(file))) {
            writer.write(new ru.probity.procurement.model.Contract(
                    regNum,
                    "1",
                    java.time.LocalDate.of(2026, 3, 3),
                    customer[0],
                    customer[1],
                    "Заказчик",
                    new java.math.BigDecimal("1500.00"),
                    "RUB",
                    "Поставка бумаги",
                    null,
                    true,
                    java.util.List.of(new ru.probity.procurement.model.Supplier(
                            ru.probity.procurement.model.Supplier.Kind.LEGAL_ENTITY,
                            ru.probity.identifiers.Identifiers.completeOrganizationInn("402788888"),
                            "402701001",
                            "ООО «БУМАГА»",
                            null,
                            null,
                            null,
                            null))));
        }
    }
}
