package ru.probity.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresServerTest {

    private static Path reachableTempDir() throws Exception {
        Path dir = Files.createTempDirectory("probity-pg-test-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        return dir;
    }

    @Test
    void dataSurvivesARestartOfTheServer() throws Exception {
        Path dataDir = reachableTempDir();
        try (var server = EmbeddedPostgresServer.start(dataDir, "nobody");
                var connection = DriverManager.getConnection(
                        server.jdbcUrl("postgres"), "postgres", server.superuserPassword());
                var statement = connection.createStatement()) {
            statement.execute("create table kept (name text)");
            statement.execute("insert into kept values ('Калуга')");
        }
        try (var server = EmbeddedPostgresServer.start(dataDir, "nobody");
                var connection = DriverManager.getConnection(
                        server.jdbcUrl("postgres"), "postgres", server.superuserPassword());
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select name, lower('ЁЛКА Калуга') from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("Калуга");
            assertThat(rows.getString(2)).isEqualTo("ёлка калуга");
        }
    }

    @Test
    void aDataDirectoryThatCannotBeWrittenGivesAClearRussianMessage() throws Exception {
        Path file = Files.createTempFile("not-a-directory", ".txt");
        assertThatThrownBy(() -> EmbeddedPostgresServer.start(file.resolve("data"), "nobody"))
                .isInstanceOf(DataDirectoryException.class)
                .satisfies(e -> assertThat(((DataDirectoryException) e).russianMessage())
                        .contains("каталог данных")
                        .contains("--probity.data-dir"));
    }

    @Test
    void theSecondInstanceOnTheSameDataDirectoryIsRefusedClearly() throws Exception {
        Path dataDir = reachableTempDir();
        try (var first = EmbeddedPostgresServer.start(dataDir, "nobody")) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir, "nobody"))
                    .isInstanceOf(DataDirectoryException.class)
                    .satisfies(e -> assertThat(((DataDirectoryException) e).russianMessage())
                            .contains("уже используется"));
        }
    }

    @Test
    void aServerLeftRunningByAKilledProbityIsTakenOverOnTheNextStart() throws Exception {
        Path dataDir = reachableTempDir();
        var killed = EmbeddedPostgresServer.start(dataDir, "nobody");
        try (var connection = DriverManager.getConnection(
                        killed.jdbcUrl("postgres"), "postgres", killed.superuserPassword());
                var statement = connection.createStatement()) {
            statement.execute("create table survived (id int)");
        }
        killed.releaseLockAsIfKilled();
        try (var server = EmbeddedPostgresServer.start(dataDir, "nobody");
                var connection = DriverManager.getConnection(
                        server.jdbcUrl("postgres"), "postgres", server.superuserPassword());
                var statement = connection.createStatement()) {
            assertThat(statement.executeQuery("select count(*) from survived").next())
                    .isTrue();
        }
    }

    @Test
    void aWrongPasswordFileIsExplainedAndDeletingItSetsANewPassword() throws Exception {
        Path dataDir = reachableTempDir();
        try (var server = EmbeddedPostgresServer.start(dataDir, "nobody");
                var connection = DriverManager.getConnection(
                        server.jdbcUrl(EmbeddedPostgresServer.DATABASE),
                        EmbeddedPostgresServer.OWNER,
                        server.ownerPassword());
                var statement = connection.createStatement()) {
            statement.execute("create table kept (name text)");
        }
        Path superuserFile = dataDir.resolve("keys/postgres-superuser.password");
        Files.writeString(superuserFile, "not-the-password\n");
        assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDir, "nobody"))
                .isInstanceOf(DataDirectoryException.class)
                .satisfies(e -> assertThat(((DataDirectoryException) e).russianMessage())
                        .contains("Удалите этот файл"));
        Files.delete(superuserFile);
        try (var server = EmbeddedPostgresServer.start(dataDir, "nobody");
                var connection = DriverManager.getConnection(
                        server.jdbcUrl(EmbeddedPostgresServer.DATABASE),
                        EmbeddedPostgresServer.OWNER,
                        server.ownerPassword());
                var statement = connection.createStatement()) {
            assertThat(statement.executeQuery("select count(*) from kept").next())
                    .isTrue();
            assertThat(Files.readString(superuserFile).strip()).isEqualTo(server.superuserPassword());
        }
    }
}
