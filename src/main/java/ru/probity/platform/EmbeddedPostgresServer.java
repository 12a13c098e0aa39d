package ru.probity.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries that ship in the jar (the zonky binaries
 * artifact), with its cluster under the product's data directory so that data survives a restart.
 *
 * <p>PostgreSQL refuses to run as root; when the jar is started by root (containers, CI), the
 * server's processes are started as an unprivileged account through {@code setpriv}.
 *
 * <p>This class starts and stops the server process and puts the parts together, in this order:
 * {@link DataDirectory} (writable, locked by one Probity), {@link UnprivilegedAccount} (the
 * {@code setpriv} prefix and file ownership under root), {@link PostgresBinaries} (extracted from
 * the jar), {@link DatabasePassword} (the password files), {@link ClusterAuthentication} ({@code
 * initdb} with SCRAM-SHA-256, the conversion of a cluster made before passwords, pg_hba.conf), a
 * server left running by a killed Probity stopped, the server started, then {@link DatabaseOwner}
 * (the non-superuser owner role and its database). {@link PostgresCommands} runs the programs.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    /** The bootstrap superuser: used to set the cluster up, never by the application. */
    static final String SUPERUSER = "postgres";
    /** The role that owns the application's database; Flyway and the application connect as it. */
    static final String OWNER = "probity";
    /** The application's database. */
    static final String DATABASE = "probity";

    private final PostgresCommands commands;
    private final Path cluster;
    private final Path serverLog;
    private final int port;
    private final FileLock lock;
    private final String superuserPassword;
    private final String ownerPassword;
    private volatile boolean running;

    private EmbeddedPostgresServer(
            PostgresCommands commands,
            Path cluster,
            Path serverLog,
            int port,
            FileLock lock,
            String superuserPassword,
            String ownerPassword) {
        this.lock = lock;
        this.superuserPassword = superuserPassword;
        this.ownerPassword = ownerPassword;
        this.commands = commands;
        this.cluster = cluster;
        this.serverLog = serverLog;
        this.port = port;
    }

    /** Starts (initialising on first use) the cluster in {@code dataDir/postgres}. */
    static EmbeddedPostgresServer start(Path dataDir, String unprivilegedUser) {
        Path root = DataDirectory.prepare(dataDir);
        FileLock lock = DataDirectory.lock(root);
        List<String> runAs =
                UnprivilegedAccount.isRoot() ? UnprivilegedAccount.setprivCommand(unprivilegedUser) : List.of();
        Path cluster = root.resolve("postgres");
        Path serverLog = root.resolve("postgres.log");
        EmbeddedPostgresServer server = null;
        try {
            Path binaries = PostgresBinaries.extract();
            if (!Files.exists(cluster)) {
                Files.createDirectories(cluster);
            }
            Files.setPosixFilePermissions(cluster, PosixFilePermissions.fromString("rwx------"));
            if (!Files.exists(serverLog)) {
                Files.createFile(serverLog);
            }
            // statements that failed may carry personal data: the log is the server's alone
            Files.setPosixFilePermissions(serverLog, PosixFilePermissions.fromString("rw-------"));
            if (!runAs.isEmpty()) {
                UnprivilegedAccount.giveTo(unprivilegedUser, cluster, serverLog);
                UnprivilegedAccount.requireReachable(unprivilegedUser, cluster);
            }
            Path keys = root.resolve("keys");
            var superuser = DatabasePassword.loadOrCreate(keys.resolve("postgres-superuser.password"));
            var owner = DatabasePassword.loadOrCreate(keys.resolve("postgres-" + OWNER + ".password"));
            var commands = new PostgresCommands(binaries, runAs);
            server = new EmbeddedPostgresServer(
                    commands, cluster, serverLog, freePort(), lock, superuser.value(), owner.value());
            var authentication = new ClusterAuthentication(cluster, commands);
            boolean created = authentication.initdbIfNeeded(root, unprivilegedUser, superuser);
            server.stopOrphan();
            if (!created) {
                authentication.requirePasswords(superuser);
            }
            server.startServer();
            DatabaseOwner.provision(server, cluster, owner);
            return server;
        } catch (IOException e) {
            stopAfterFailure(server, lock);
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + cluster, e);
        } catch (RuntimeException e) {
            stopAfterFailure(server, lock);
            throw e;
        }
    }

    private static void stopAfterFailure(EmbeddedPostgresServer server, FileLock lock) {
        if (server != null && server.running) {
            server.close(); // stops the server, then releases the lock
        } else {
            DataDirectory.release(lock);
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    int port() {
        return port;
    }

    /** The password of the superuser {@value #SUPERUSER}: for the bootstrap and for tests only. */
    String superuserPassword() {
        return superuserPassword;
    }

    /** The password of {@value #OWNER}, the role the application connects as. */
    String ownerPassword() {
        return ownerPassword;
    }

    /** What the operating system does when the JVM is killed: the lock goes, the server stays. */
    void releaseLockAsIfKilled() {
        DataDirectory.release(lock);
        running = false;
    }

    /** A server left running by a Probity that was killed: nobody holds the lock, so stop it. */
    private void stopOrphan() {
        if (Files.exists(cluster.resolve("postmaster.pid"))) {
            try {
                commands.exec(List.of(commands.bin("pg_ctl"), "-D", cluster.toString(), "status"));
            } catch (IllegalStateException notRunning) {
                return; // a stale pid file: PostgreSQL itself deals with it on start
            }
            log.warn("Stopping a PostgreSQL server left running in {} by a previous run", cluster);
            commands.exec(
                    List.of(commands.bin("pg_ctl"), "-D", cluster.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
        }
    }

    private void startServer() {
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' "
                + "-c max_connections=200 -c shared_buffers=256MB -c timezone=UTC";
        try {
            commands.exec(List.of(
                    commands.bin("pg_ctl"),
                    "-D",
                    cluster.toString(),
                    "-l",
                    serverLog.toString(),
                    "-o",
                    options,
                    "-w",
                    "-t",
                    "120",
                    "start"));
        } catch (IllegalStateException e) {
            String tail = tailOfLog();
            if (tail.contains("lock file") && tail.contains("already exists")) {
                throw new DataDirectoryException(
                        "the data directory " + cluster.getParent() + " is used by another running Probity",
                        "каталог данных " + cluster.getParent()
                                + " уже используется другим запущенным экземпляром Probity",
                        e);
            }
            throw new IllegalStateException(e.getMessage() + "\n" + tail, e);
        }
        running = true;
        log.info("Embedded PostgreSQL is running with data in {}", cluster);
        log.debug("Embedded PostgreSQL listens on 127.0.0.1:{}", port);
    }

    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        try {
            commands.exec(
                    List.of(commands.bin("pg_ctl"), "-D", cluster.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
            log.info("Embedded PostgreSQL stopped");
        } catch (RuntimeException e) {
            log.warn("Could not stop the embedded PostgreSQL cleanly", e);
        } finally {
            DataDirectory.release(lock);
        }
    }

    private String tailOfLog() {
        try {
            List<String> lines = Files.readAllLines(serverLog);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
