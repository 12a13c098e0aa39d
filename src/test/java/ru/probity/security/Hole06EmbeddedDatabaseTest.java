package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import ru.probity.ProbityApplication;
import ru.probity.platform.EmbeddedDatabaseFixture;

/**
 * Hole 6: the embedded PostgreSQL was initialised with {@code initdb -A trust} on a loopback port,
 * so any local account connected as superuser, read everything and ran {@code COPY ... TO PROGRAM}.
 * Now every connection needs a password (SCRAM-SHA-256), the passwords are in files of the JVM's
 * account only, and the application connects as a role that is no superuser; a cluster made the
 * old way is converted on start and keeps its data.
 */
@Tag("security")
class Hole06EmbeddedDatabaseTest {

    /** PostgreSQL's answer to a startup message: 0 = let in without a password, 10 = SASL (SCRAM). */
    private static final int AUTH_OK = 0;

    private static final int AUTH_SASL = 10;

    @Test
    void noRoleGetsInWithoutItsPassword() throws Exception {
        Path dataDir = reachableTempDir();
        try (var db = EmbeddedDatabaseFixture.start(dataDir)) {
            for (String role : new String[] {EmbeddedDatabaseFixture.SUPERUSER, EmbeddedDatabaseFixture.OWNER}) {
                // the server itself asks for a password, whatever the client
                assertThat(authenticationAsked(db.port(), role, "postgres")).isEqualTo(AUTH_SASL);
                assertThat(authenticationAsked(db.port(), role, EmbeddedDatabaseFixture.DATABASE))
                        .isEqualTo(AUTH_SASL);
                assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl("postgres"), role, ""))
                        .isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> DriverManager.getConnection(
                                db.jdbcUrl(EmbeddedDatabaseFixture.DATABASE), role, "guessed-password"))
                        .isInstanceOf(SQLException.class)
                        .hasMessageContaining("password authentication failed");
            }
            // the passwords: in the data directory's keys folder, for the JVM's account only
            for (String file : new String[] {"postgres-superuser.password", "postgres-probity.password"}) {
                Path path = dataDir.resolve("keys").resolve(file);
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path)))
                        .isEqualTo("rw-------");
            }
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("keys"))))
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void theOwnerRoleIsNoSuperuserAndCannotRunProgramsOrReadFiles() throws Exception {
        try (var db = EmbeddedDatabaseFixture.start(reachableTempDir());
                var connection = DriverManager.getConnection(
                        db.jdbcUrl(EmbeddedDatabaseFixture.DATABASE),
                        EmbeddedDatabaseFixture.OWNER,
                        db.ownerPassword());
                var statement = connection.createStatement()) {
            var rows = statement.executeQuery(
                    "select rolsuper, rolcreaterole, rolcreatedb from pg_roles where rolname = current_user");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getBoolean(1)).isFalse();
            assertThat(rows.getBoolean(2)).isFalse();
            assertThat(rows.getBoolean(3)).isFalse();
            assertThatThrownBy(() -> statement.execute("copy (select 1) to program 'id'"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> statement.executeQuery("select pg_read_file('/etc/passwd')"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> statement.executeQuery("select rolpassword from pg_authid"))
                    .isInstanceOf(SQLException.class);
        }
    }

    /**
     * A data directory of the old kind, where the application ran as superuser: the attack works
     * there; after one start of the application it does not, the data is still there, and
     * everything the superuser owned belongs to the owner role, so later migrations can alter it.
     */
    @Test
    void aClusterMadeWithTrustIsLockedOnStartAndKeepsItsData() throws Exception {
        Path dataDir = reachableTempDir();
        try (var legacy = EmbeddedDatabaseFixture.legacyCluster(dataDir)) {
            assertThat(authenticationAsked(legacy.port(), "postgres", "postgres"))
                    .isEqualTo(AUTH_OK);
            try (Connection connection = DriverManager.getConnection(legacy.jdbcUrl("postgres"), "postgres", "");
                    var statement = connection.createStatement()) {
                statement.execute("create database probity");
                // the hole as it was: any local account ran programs as the server (the program reads
                // what COPY writes: one that exits at once may break the pipe under load)
                statement.execute("copy (select 1) to program 'cat > /dev/null'");
            }
            Flyway.configure()
                    .dataSource(legacy.jdbcUrl("probity"), "postgres", "")
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            try (Connection connection = DriverManager.getConnection(legacy.jdbcUrl("probity"), "postgres", "");
                    var statement = connection.createStatement()) {
                statement.execute("create table legacy_kept (id bigint generated always as identity, name text)");
                statement.execute("insert into legacy_kept (name) values ('Калуга')");
                statement.execute("create sequence legacy_counter");
                statement.execute("create type legacy_state as enum ('a', 'b')");
                statement.execute("create view legacy_names as select name from legacy_kept");
            }
        }

        try (var app = new SpringApplicationBuilder(ProbityApplication.class)
                .run("--server.port=0", "--probity.data-dir=" + dataDir)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select current_user").query(String.class).single())
                    .isEqualTo(EmbeddedDatabaseFixture.OWNER);
            assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user")
                            .query(Boolean.class)
                            .single())
                    .isFalse();
            assertThat(jdbc.sql("select name from legacy_names")
                            .query(String.class)
                            .single())
                    .isEqualTo("Калуга");
            assertThat(jdbc.sql("""
                            select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                            where n.nspname = 'public' and c.relowner <> current_user::regrole""").query(Integer.class).single()).isZero();
            assertThat(jdbc.sql("""
                            select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                            where n.nspname = 'public' and p.proowner <> current_user::regrole
                              and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass
                                              and d.objid = p.oid and d.deptype = 'e')""").query(Integer.class).single()).isZero();
            // as a later migration would: the owner alters what the superuser had made
            jdbc.sql("alter table legacy_kept add column region text").update();
            jdbc.sql("insert into legacy_kept (name) values ('Обнинск')").update();
            jdbc.sql("alter type legacy_state add value 'c'").update();
            assertThat(jdbc.sql("select nextval('legacy_counter')")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1L);
            assertThat(jdbc.sql("select count(*) from employee")
                            .query(Integer.class)
                            .single())
                    .isNotNull();

            var port = postmasterPort(dataDir);
            assertThat(authenticationAsked(port, "postgres", "postgres")).isEqualTo(AUTH_SASL);
            assertThat(authenticationAsked(port, "probity", "probity")).isEqualTo(AUTH_SASL);
            assertThatThrownBy(() -> DriverManager.getConnection(
                            "jdbc:postgresql://127.0.0.1:" + port + "/postgres", "postgres", ""))
                    .isInstanceOf(SQLException.class);
        }

        // and it stays so on the next start, with the data
        try (var db = EmbeddedDatabaseFixture.start(dataDir);
                var connection = DriverManager.getConnection(
                        db.jdbcUrl(EmbeddedDatabaseFixture.DATABASE),
                        EmbeddedDatabaseFixture.OWNER,
                        db.ownerPassword());
                var statement = connection.createStatement();
                var rows = statement.executeQuery("select count(*) from legacy_kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getInt(1)).isEqualTo(2);
            assertThat(authenticationAsked(db.port(), "postgres", "postgres")).isEqualTo(AUTH_SASL);
        }
    }

    /**
     * Sends a PostgreSQL startup message and returns the authentication request of the answer
     * (or -1 for an error answer): what the server demands, independent of any client library.
     */
    private static int authenticationAsked(int port, String user, String database) throws IOException {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            var body = new ByteArrayOutputStream();
            var out = new DataOutputStream(body);
            out.writeInt(196608); // protocol 3.0
            for (String s : new String[] {"user", user, "database", database}) {
                out.write(s.getBytes(StandardCharsets.UTF_8));
                out.write(0);
            }
            out.write(0);
            var wire = new DataOutputStream(socket.getOutputStream());
            wire.writeInt(body.size() + 4);
            wire.write(body.toByteArray());
            wire.flush();
            var in = new DataInputStream(socket.getInputStream());
            byte type = in.readByte();
            in.readInt();
            return type == 'R' ? in.readInt() : -1;
        }
    }

    private static int postmasterPort(Path dataDir) throws IOException {
        return Integer.parseInt(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"))
                .get(3)
                .strip());
    }

    private static Path reachableTempDir() throws IOException {
        Path dir = Files.createTempDirectory("probity-hole06-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        return dir;
    }
}
