package ru.probity.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.probity.ProbityApplication;

/** With spring.datasource.url the product uses that PostgreSQL and starts none of its own. */
class ExternalDatabaseTest {

    @Test
    void theApplicationMigratesAndUsesAnExternalDatabase() throws Exception {
        Path dir = Files.createTempDirectory("probity-external-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (var external = EmbeddedPostgresServer.start(dir, "nobody");
                var app = new SpringApplicationBuilder(ProbityApplication.class)
                        .run(
                                "--server.port=0",
                                "--probity.data-dir=" + dir.resolve("unused"),
                                // an external server's database and its owner role, not a superuser
                                "--spring.datasource.url=" + external.jdbcUrl(EmbeddedPostgresServer.DATABASE),
                                "--spring.datasource.username=" + EmbeddedPostgresServer.OWNER,
                                "--spring.datasource.password=" + external.ownerPassword())) {
            assertThat(app.getBeanNamesForType(EmbeddedPostgresServer.class)).isEmpty();
            assertThat(app.getBean(JdbcClient.class)
                            .sql("select count(*) from app_user where username = 'admin'")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
            // no embedded cluster in the data directory (which still holds the reports' master key)
            assertThat(Files.exists(dir.resolve("unused").resolve("postgres"))).isFalse();
        }
    }

    @Test
    void anUnreachableDatabaseStopsTheStartWithAClearMessage() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(ProbityApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + closedPort + "/probity",
                        "--spring.datasource.hikari.initialization-fail-timeout=1",
                        "--spring.datasource.hikari.connection-timeout=2000")
                .close());
        assertThat(failure).isNotNull();
        assertThat(StartupProblem.describe(failure)[0]).startsWith("база данных недоступна");
    }
}
