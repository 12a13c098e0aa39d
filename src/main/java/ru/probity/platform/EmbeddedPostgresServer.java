package ru.probity.platform;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.DriverManager;
import java.sql.SQLException;
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

    /** The bootstrap superuser: used to set the cluster up, never by the application. */
    static final String SUPERUSER = "postgres";
    /** The role that owns the application's database; Flyway and the application connect as it. */
    static final String OWNER = "probity";
    /** The application's database. */
    static final String DATABASE = "probity";

    /** First line of the pg_hba.conf written by Probity: a cluster without it predates passwords. */
    private static final String HBA_MARKER = "# Probity: every connection needs a password (SCRAM-SHA-256)";

    private final Path binaries;
    private final Path cluster;
    private final Path serverLog;
    private final List<String> runAs;
    private final int port;
    private final FileLock lock;
    private final String superuserPassword;
    private final String ownerPassword;
    private volatile boolean running;

    private EmbeddedPostgresServer(
            Path binaries,
            Path cluster,
            Path serverLog,
            List<String> runAs,
            int port,
            FileLock lock,
            String superuserPassword,
            String ownerPassword) {
        this.lock = lock;
        this.superuserPassword = superuserPassword;
        this.ownerPassword = ownerPassword;
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
        EmbeddedPostgresServer server = null;
        try {
            Path binaries = extractBinaries();
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
                giveTo(unprivilegedUser, cluster, serverLog);
                requireReachable(unprivilegedUser, cluster);
            }
            Path keys = root.resolve("keys");
            var superuser = DatabasePassword.loadOrCreate(keys.resolve("postgres-superuser.password"));
            var owner = DatabasePassword.loadOrCreate(keys.resolve("postgres-" + OWNER + ".password"));
            server = new EmbeddedPostgresServer(
                    binaries, cluster, serverLog, runAs, freePort(), lock, superuser.value(), owner.value());
            boolean created = server.initdbIfNeeded(root, unprivilegedUser, superuser);
            server.stopOrphan();
            if (!created) {
                server.requirePasswords(superuser);
            }
            server.startServer();
            server.provision(owner);
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
            release(lock);
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

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    static List<String> setprivCommand(String user) {
        String uid = run(List.of("id", "-u", user)).strip();
        String gid = run(List.of("id", "-g", user)).strip();
        return List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--");
    }

    static void giveTo(String user, Path... paths) throws IOException {
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

    static Path extractBinaries() throws IOException {
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

    /**
     * A new cluster gets the superuser's password at once ({@code initdb --auth=scram-sha-256}): it
     * never accepts a connection without a password. Returns whether the cluster was created.
     */
    private boolean initdbIfNeeded(Path root, String unprivilegedUser, DatabasePassword superuser) throws IOException {
        if (Files.exists(cluster.resolve("PG_VERSION"))) {
            return false;
        }
        log.info("Initialising a new PostgreSQL cluster in {}", cluster);
        // initdb reads the password from a file: one readable by the account it runs as, for its run only
        Path pwfile = Files.createTempFile(root, ".initdb-", ".tmp");
        try {
            Files.setPosixFilePermissions(pwfile, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(pwfile, superuser.value() + "\n", StandardCharsets.US_ASCII);
            if (!runAs.isEmpty()) {
                giveTo(unprivilegedUser, pwfile);
            }
            exec(List.of(
                    bin("initdb"),
                    "-D",
                    cluster.toString(),
                    "-U",
                    SUPERUSER,
                    "--pwfile=" + pwfile,
                    "--auth=scram-sha-256",
                    "-E",
                    "UTF8",
                    // C.UTF-8 (glibc's built-in locale, present without the locales package): Cyrillic
                    // letters are letters for lower()/upper() and for pg_trgm's trigrams
                    "--locale=C.UTF-8"));
        } finally {
            Files.deleteIfExists(pwfile);
        }
        writeHba();
        return true;
    }

    /**
     * A cluster made before passwords ({@code initdb -A trust}, which let every local account in as
     * superuser), or one whose password file was lost: the superuser gets the password of the file,
     * set in single-user mode while the server is down (no connection is involved), and pg_hba.conf
     * is rewritten to demand SCRAM-SHA-256 of everyone. The ownership of the objects moves to the
     * owner role in {@link #provision}.
     */
    private void requirePasswords(DatabasePassword superuser) throws IOException {
        boolean legacy = !hbaIsProbitys();
        if (!legacy && !superuser.created()) {
            return;
        }
        if (legacy) {
            log.warn(
                    "The embedded PostgreSQL in {} let local connections in without a password:"
                            + " setting passwords and moving the application's objects to the role '{}'",
                    cluster,
                    OWNER);
        } else {
            log.warn("The superuser password file {} was missing: a new password is set", superuser.file());
        }
        singleUser("postgres", "ALTER ROLE " + SUPERUSER + " PASSWORD '" + superuser.scramVerifier() + "';");
        writeHba();
    }

    private boolean hbaIsProbitys() throws IOException {
        Path hba = cluster.resolve("pg_hba.conf");
        return Files.exists(hba) && Files.readString(hba).startsWith(HBA_MARKER);
    }

    /** The only ways in: a password checked with SCRAM-SHA-256, over loopback (or a socket, if enabled). */
    private void writeHba() throws IOException {
        Path hba = cluster.resolve("pg_hba.conf");
        String content = HBA_MARKER + "\n"
                + "# Written by Probity on start; the passwords are in the data directory's keys folder.\n"
                + "# TYPE  DATABASE  USER  ADDRESS       METHOD\n"
                + "local   all       all                 scram-sha-256\n"
                + "host    all       all   127.0.0.1/32  scram-sha-256\n"
                + "host    all       all   ::1/128       scram-sha-256\n";
        Path tmp = Files.createTempFile(cluster, "pg_hba", ".tmp");
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(tmp, content, StandardCharsets.US_ASCII);
            var owner = Files.getOwner(cluster);
            Files.setOwner(tmp, owner);
            Files.move(tmp, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Runs SQL in PostgreSQL's single-user mode (the server must be stopped); its text goes on stdin. */
    private void singleUser(String database, String sql) {
        List<String> command = new ArrayList<>(runAs);
        command.addAll(List.of(bin("postgres"), "--single", "-D", cluster.toString(), database));
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            try (var in = process.getOutputStream()) {
                in.write((sql + "\n").getBytes(StandardCharsets.UTF_8));
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: PostgreSQL in single-user mode");
            }
            if (process.exitValue() != 0 || output.contains("ERROR:") || output.contains("FATAL:")) {
                // the statement holds a verifier, not the password; still, keep it out of the message
                throw new IllegalStateException("PostgreSQL in single-user mode failed (" + process.exitValue() + "): "
                        + output.lines()
                                .filter(l -> l.contains("ERROR:") || l.contains("FATAL:"))
                                .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: PostgreSQL in single-user mode", e);
        }
    }

    /**
     * As the superuser, once the server runs: the owner role (no superuser, no role or database
     * creation) with the password of its file, the application's database owned by it, and every
     * object in that database that the superuser owns (all of them in a cluster made before
     * passwords, where the application connected as superuser) handed to it. The bootstrap
     * superuser's objects are not tracked in pg_shdepend, so REASSIGN OWNED cannot do this: the
     * catalogs are walked instead. Idempotent, and cheap once there is nothing to hand over.
     */
    private void provision(DatabasePassword owner) {
        try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, superuserPassword);
                var statement = connection.createStatement()) {
            boolean exists;
            try (var rows = statement.executeQuery("select 1 from pg_roles where rolname = '" + OWNER + "'")) {
                exists = rows.next();
            }
            statement.execute((exists ? "alter" : "create") + " role " + OWNER
                    + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '"
                    + owner.scramVerifier() + "'");
            String databaseOwner;
            try (var rows = statement.executeQuery(
                    "select datdba::regrole::text from pg_database where datname = '" + DATABASE + "'")) {
                databaseOwner = rows.next() ? rows.getString(1) : null;
            }
            if (databaseOwner == null) {
                statement.execute("create database " + DATABASE + " owner " + OWNER);
            } else if (!OWNER.equals(databaseOwner)) {
                statement.execute("alter database " + DATABASE + " owner to " + OWNER);
            }
        } catch (SQLException e) {
            if ("28P01".equals(e.getSQLState())) {
                // a keys folder from another installation, or one restored apart from the database
                Path file = owner.file().resolveSibling("postgres-superuser.password");
                throw new DataDirectoryException(
                        "the superuser password in " + file + " does not match the embedded database in " + cluster
                                + ". Delete the file to set a new password on the next start",
                        "пароль суперпользователя встроенной базы данных в файле " + file
                                + " не подходит к базе в " + cluster
                                + ". Удалите этот файл: при следующем запуске будет задан новый пароль",
                        e);
            }
            throw new IllegalStateException("Could not set up the role and database of the embedded PostgreSQL", e);
        }
        try (var connection = DriverManager.getConnection(jdbcUrl(DATABASE), SUPERUSER, superuserPassword);
                var statement = connection.createStatement()) {
            statement.execute(HAND_OVER.replace("{owner}", OWNER).replace("{superuser}", SUPERUSER));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not hand the database objects over to the role " + OWNER, e);
        }
    }

    /** Every object of the current database owned by the superuser, except those of extensions, to the owner. */
    private static final String HAND_OVER = """
            do $$
            declare
                r record;
                su oid := '{superuser}'::regrole;
            begin
                for r in
                    select n.nspname from pg_namespace n
                    where n.nspowner = su and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')
                      and n.nspname not like 'pg\\_%'
                      and not exists (select 1 from pg_depend d where d.classid = 'pg_namespace'::regclass
                                      and d.objid = n.oid and d.deptype = 'e')
                loop
                    execute format('alter schema %I owner to {owner}', r.nspname);
                end loop;
                for r in
                    select c.oid::regclass as name, c.relkind from pg_class c
                    join pg_namespace n on n.oid = c.relnamespace
                    where c.relowner = su and c.relkind in ('r', 'p', 'v', 'm', 'f')
                      and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
                      and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                                      and d.objid = c.oid and d.deptype = 'e')
                loop
                    execute format('alter %s %s owner to {owner}',
                        case r.relkind when 'v' then 'view' when 'm' then 'materialized view'
                            when 'f' then 'foreign table' else 'table' end, r.name);
                end loop;
                -- sequences of identity and serial columns went with their tables
                for r in
                    select c.oid::regclass as name from pg_class c
                    join pg_namespace n on n.oid = c.relnamespace
                    where c.relowner = su and c.relkind = 'S'
                      and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
                      and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
                                      and d.objid = c.oid and d.deptype in ('e', 'a', 'i'))
                loop
                    execute format('alter sequence %s owner to {owner}', r.name);
                end loop;
                for r in
                    select p.oid::regprocedure as name from pg_proc p
                    join pg_namespace n on n.oid = p.pronamespace
                    where p.proowner = su
                      and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
                      and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass
                                      and d.objid = p.oid and d.deptype = 'e')
                loop
                    execute format('alter routine %s owner to {owner}', r.name);
                end loop;
                -- enums, domains, ranges and standalone composite types (row and array types follow)
                for r in
                    select t.oid::regtype as name, t.typtype from pg_type t
                    join pg_namespace n on n.oid = t.typnamespace
                    where t.typowner = su and t.typtype in ('e', 'd', 'r', 'c')
                      and (t.typtype <> 'c' or (select relkind from pg_class where oid = t.typrelid) = 'c')
                      and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'
                      and not exists (select 1 from pg_depend d where d.classid = 'pg_type'::regclass
                                      and d.objid = t.oid and d.deptype in ('e', 'i'))
                loop
                    execute format('alter %s %s owner to {owner}',
                        case r.typtype when 'd' then 'domain' else 'type' end, r.name);
                end loop;
                for r in select oid from pg_largeobject_metadata where lomowner = su loop
                    execute format('alter large object %s owner to {owner}', r.oid);
                end loop;
            end
            $$""";

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
