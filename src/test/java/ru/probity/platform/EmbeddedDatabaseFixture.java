package ru.probity.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The embedded PostgreSQL for tests outside the platform package (the security suite): the server
 * as the product starts it, and a cluster as the product made it before it had passwords.
 */
public final class EmbeddedDatabaseFixture implements AutoCloseable {

    public static final String SUPERUSER = EmbeddedPostgresServer.SUPERUSER;
    public static final String OWNER = EmbeddedPostgresServer.OWNER;
    public static final String DATABASE = EmbeddedPostgresServer.DATABASE;

    private final EmbeddedPostgresServer server;

    private EmbeddedDatabaseFixture(EmbeddedPostgresServer server) {
        this.server = server;
    }

    /** The product's embedded server on {@code dataDir}, as the application starts it. */
    public static EmbeddedDatabaseFixture start(Path dataDir) {
        return new EmbeddedDatabaseFixture(EmbeddedPostgresServer.start(dataDir, "nobody"));
    }

    public String jdbcUrl(String database) {
        return server.jdbcUrl(database);
    }

    public int port() {
        return server.port();
    }

    public String superuserPassword() {
        return server.superuserPassword();
    }

    public String ownerPassword() {
        return server.ownerPassword();
    }

    @Override
    public void close() {
        server.close();
    }

    /**
     * A cluster in {@code dataDir/postgres} made and run the way Probity did before passwords
     * ({@code initdb -A trust}, the application's database created by the superuser); stopped on
     * {@link Legacy#close()}.
     */
    public static Legacy legacyCluster(Path dataDir) throws IOException {
        Path binaries = PostgresBinaries.extract();
        Path cluster = dataDir.resolve("postgres");
        Files.createDirectories(cluster);
        Files.setPosixFilePermissions(cluster, PosixFilePermissions.fromString("rwx------"));
        List<String> runAs = UnprivilegedAccount.isRoot() ? UnprivilegedAccount.setprivCommand("nobody") : List.of();
        if (!runAs.isEmpty()) {
            UnprivilegedAccount.giveTo("nobody", cluster);
        }
        String bin = binaries.resolve("bin").toString();
        run(
                runAs,
                bin + "/initdb",
                "-D",
                cluster.toString(),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        run(
                runAs,
                bin + "/pg_ctl",
                "-D",
                cluster.toString(),
                "-l",
                cluster.resolve("legacy.log").toString(),
                "-o",
                "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''",
                "-w",
                "-t",
                "120",
                "start");
        return new Legacy(runAs, bin, cluster, port);
    }

    /** A running cluster of the old kind. */
    public record Legacy(List<String> runAs, String bin, Path cluster, int port) implements AutoCloseable {

        public String jdbcUrl(String database) {
            return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
        }

        @Override
        public void close() throws IOException {
            run(runAs, bin + "/pg_ctl", "-D", cluster.toString(), "-m", "fast", "-w", "-t", "60", "stop");
        }
    }

    private static void run(List<String> runAs, String... command) throws IOException {
        List<String> full = new ArrayList<>(runAs);
        full.addAll(List.of(command));
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("Failed: " + full + "\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
