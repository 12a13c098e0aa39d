package ru.probity;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Base of the tests that need the whole application: one context for all of them, started with
 * {@code --demo} on a fresh embedded PostgreSQL, so the tests work on the generated Kaluga region.
 * Directory sign-in is on, against a real in-memory LDAP server ({@link TestDirectory}), so every
 * test of local sign-in also shows that local accounts keep working beside it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, args = "--demo")
@AutoConfigureMockMvc
public abstract class IntegrationTest {

    public static final String DEMO_PASSWORD = "probity-demo";

    static {
        // As main() does: the JVM's default zone is the region's, so the JDBC sessions (pgjdbc sends
        // the JVM's zone), the pages and the tests' own LocalDate.now() agree with RegionTime at any
        // hour. A UTC JVM is still on the day before between 00:00 and 03:00 in Moscow, and the
        // tests of terms failed when the suite ran then.
        ru.probity.platform.RegionTime.applyToJvm(new String[0]);
    }

    /** One fresh directory for the run, however the first test class starts the context. */
    private static final Path DATA_DIR = freshDataDirectory();

    /** A real SMTP server for the whole run: what the application sends by e-mail arrives here. */
    protected static final GreenMail MAIL = startMail();

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("probity.data-dir", DATA_DIR::toString);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
        TestDirectory.register(registry);
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        return mail;
    }

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected UserDetailsService users;

    /** A request by the signed-in user (as a session would carry him). */
    protected RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
    }

    /** A new directory per test run, reachable by the account the database runs as under root. */
    private static Path freshDataDirectory() {
        try {
            Path dir = Files.createTempDirectory("probity-test-");
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    protected long organizationId(String name) {
        return jdbc.sql("select id from organization where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    /** Some active employee of the named organization. */
    protected long employeeOf(String organizationName) {
        return jdbc.sql("""
                select e.id from employee e join organization o on o.id = e.organization_id
                where o.name = ? and e.active order by e.id limit 1""").param(organizationName).query(Long.class).single();
    }

    /** Some active employee anywhere in the subtree of the named organization. */
    protected long employeeWithin(String organizationName) {
        return jdbc.sql("""
                select e.id from employee e join organization o on o.id = e.organization_id
                where o.path like (select path from organization where name = ?) || '%' and e.active
                order by e.id limit 1""").param(organizationName).query(Long.class).single();
    }

    protected static final String KALUGA = "Городской округ «Город Калуга»";
    protected static final String OBNINSK = "Городской округ «Город Обнинск»";
    protected static final String UGH = "Управление городского хозяйства города Калуги";
}
