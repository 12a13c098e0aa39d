package ru.probity.platform;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL server run from the binaries that ship in the jar (the zonky binaries
 * artifact), with its cluster under the product's data directory so that data survives a restart.
 *
 * <p>PostgreSQL refuses to run as root; when the jar is started by root (containers, CI), the
 * server's processes are started as an unprivileged account through {@code setpriv}.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private final Path binaries;
    private final Path cluster;
    private final Path serverLog;
    private final List<String> runAs;
    private final int port;
    private final FileLock lock;
    private volatile boolean running;

    private EmbeddedPostgresServer(
            Path binaries, Path cluster, Path serverLog, List<String> runAs, int port, FileLock lock) {
        this.lock = lock;
        this.binaries = binaries;
        this.cluster = cluster;
        this.serverLog = serverLog;
        this.runAs = runAs;
        this.port = port;
    }

    /** Starts (initialising on first use) the cluster in {@code dataDir/postgres}. */
    static EmbeddedPostgresServer start(Path dataDir, String unprivilegedUser) {
        Path root = prepareDataDirectory(dataDir);
        FileLock lock = lockDataDirectory(root);
        List<String> runAs = isRoot() ? setprivCommand(unprivilegedUser) : List.of();
        Path cluster = root.resolve("postgres");
        Path serverLog = root.resolve("postgres.log");
        try {
            Path binaries = extractBinaries();
            if (!Files.exists(cluster)) {
                Files.createDirectories(cluster);
            }
            Files.setPosixFilePermissions(cluster, PosixFilePermissions.fromString("rwx------"));
            if (!Files.exists(serverLog)) {
                Files.createFile(serverLog);
            }
            if (!runAs.isEmpty()) {
                giveTo(unprivilegedUser, cluster, serverLog);
                requireReachable(unprivilegedUser, cluster);
            }
            var server = new EmbeddedPostgresServer(binaries, cluster, serverLog, runAs, freePort(), lock);
            server.initdbIfNeeded();
            server.stopOrphan();
            server.startServer();
            return server;
        } catch (IOException e) {
            release(lock);
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + cluster, e);
        } catch (RuntimeException e) {
            release(lock);
            throw e;
        }
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    int port() {
        return port;
    }

    private static Path prepareDataDirectory(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
            Files.delete(probe);
            return dir;
        } catch (IOException | SecurityException e) {
            throw new DataDirectoryException(
                    "the data directory " + dir + " is not writable (" + e
                            + "). Choose another with --probity.data-dir",
                    "каталог данных " + dir
                            + " недоступен для записи. Укажите другой: --probity.data-dir=/путь/к/каталогу",
                    e);
        }
    }

    /**
     * One running Probity per data directory: the lock is held by the JVM and released by the
     * operating system when it dies, however it dies.
     */
    private static FileLock lockDataDirectory(Path root) {
        try {
            FileChannel channel =
                    FileChannel.open(root.resolve("probity.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException sameJvm) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new DataDirectoryException(
                        "the data directory " + root + " is used by another running Probity",
                        "каталог данных " + root + " уже используется другим запущенным экземпляром Probity",
                        null);
            }
            return lock;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void release(FileLock lock) {
        try {
            lock.channel().close();
        } catch (IOException e) {
            log.warn("Could not release the data directory lock", e);
        }
    }

    /** What the operating system does when the JVM is killed: the lock goes, the server stays. */
    void releaseLockAsIfKilled() {
        release(lock);
        running = false;
    }

    /** A server left running by a Probity that was killed: nobody holds the lock, so stop it. */
    private void stopOrphan() {
        if (Files.exists(cluster.resolve("postmaster.pid"))) {
            try {
                exec(List.of(bin("pg_ctl"), "-D", cluster.toString(), "status"));
            } catch (IllegalStateException notRunning) {
                return; // a stale pid file: PostgreSQL itself deals with it on start
            }
            log.warn("Stopping a PostgreSQL server left running in {} by a previous run", cluster);
            exec(List.of(bin("pg_ctl"), "-D", cluster.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static List<String> setprivCommand(String user) {
        String uid = run(List.of("id", "-u", user)).strip();
        String gid = run(List.of("id", "-g", user)).strip();
        return List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--");
    }

    private static void giveTo(String user, Path... paths) throws IOException {
        UserPrincipalLookupService lookup = paths[0].getFileSystem().getUserPrincipalLookupService();
        var owner = lookup.lookupPrincipalByName(user);
        for (Path path : paths) {
            Files.getFileAttributeView(path, PosixFileAttributeView.class).setOwner(owner);
        }
    }

    /** The unprivileged account must be able to traverse every directory above the cluster. */
    private static void requireReachable(String user, Path cluster) {
        for (Path p = cluster.getParent(); p != null; p = p.getParent()) {
            try {
                var perms = Files.getPosixFilePermissions(p);
                if (!perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                    throw new DataDirectoryException(
                            "the embedded database runs as '" + user + "' when started by root, but " + p
                                    + " is not accessible to it. Choose a data directory under /var or /srv with --probity.data-dir",
                            "встроенная база данных при запуске от root работает от имени '" + user + "', но каталог "
                                    + p
                                    + " ей недоступен. Укажите каталог данных в /var или /srv: --probity.data-dir=/var/lib/probity",
                            null);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Path extractBinaries() throws IOException {
        var url = EmbeddedPostgresServer.class.getClassLoader().getResource(ARCHIVE);
        if (url == null) {
            throw new IllegalStateException("PostgreSQL binaries " + ARCHIVE + " are not on the class path");
        }
        long size;
        try (InputStream in = url.openStream()) {
            size = in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        Path base = Path.of(System.getProperty("java.io.tmpdir"), "probity-postgres");
        Path target = base.resolve("pg-" + Long.toHexString(size));
        if (Files.exists(target.resolve(".complete"))) {
            return target;
        }
        Files.createDirectories(base);
        Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path staging = Files.createTempDirectory(base, "extract-");
        // readable by the unprivileged account the server runs as when started by root
        Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        log.info("Extracting PostgreSQL binaries to {}", target);
        try (InputStream in = new XZInputStream(new BufferedInputStream(url.openStream()));
                TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = staging.resolve(entry.getName()).normalize();
                if (!out.startsWith(staging)) {
                    throw new IOException("Bad entry in PostgreSQL archive: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0 || entry.getName().startsWith("bin/")) {
                        out.toFile().setExecutable(true, false);
                    }
                }
            }
        }
        Files.createFile(staging.resolve(".complete"));
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException alreadyThere) {
            // another process extracted the same binaries first
            if (!Files.exists(target.resolve(".complete"))) {
                throw alreadyThere;
            }
        }
        return target;
    }

    private void initdbIfNeeded() {
        if (Files.exists(cluster.resolve("PG_VERSION"))) {
            return;
        }
        log.info("Initialising a new PostgreSQL cluster in {}", cluster);
        exec(List.of(
                bin("initdb"),
                "-D",
                cluster.toString(),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                // C.UTF-8 (glibc's built-in locale, present without the locales package): Cyrillic
                // letters are letters for lower()/upper() and for pg_trgm's trigrams
                "--locale=C.UTF-8"));
    }

    private void startServer() {
        String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' "
                + "-c max_connections=200 -c shared_buffers=256MB -c timezone=UTC";
        try {
            exec(List.of(
                    bin("pg_ctl"),
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
        log.info("Embedded PostgreSQL is running on 127.0.0.1:{} with data in {}", port, cluster);
    }

    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        try {
            exec(List.of(bin("pg_ctl"), "-D", cluster.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
            log.info("Embedded PostgreSQL stopped");
        } catch (RuntimeException e) {
            log.warn("Could not stop the embedded PostgreSQL cleanly", e);
        } finally {
            release(lock);
        }
    }

    private String bin(String name) {
        return binaries.resolve("bin").resolve(name).toString();
    }

    private void exec(List<String> command) {
        List<String> full = new ArrayList<>(runAs);
        full.addAll(command);
        run(full);
    }

    private String tailOfLog() {
        try {
            List<String> lines = Files.readAllLines(serverLog);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static String run(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", command));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        "Command failed (" + process.exitValue() + "): " + String.join(" ", command) + "\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: " + command, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
