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
}
