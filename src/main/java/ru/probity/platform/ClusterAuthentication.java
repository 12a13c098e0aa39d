package ru.probity.platform;

import static ru.probity.platform.EmbeddedPostgresServer.OWNER;
import static ru.probity.platform.EmbeddedPostgresServer.SUPERUSER;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The cluster's way in, set while the server is down: {@code initdb} of a new cluster with the
 * superuser's password, the conversion of a cluster made before passwords, and the pg_hba.conf that
 * demands SCRAM-SHA-256 of every connection. Part of {@link EmbeddedPostgresServer}; logs under its
 * name.
 */
final class ClusterAuthentication {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    /** First line of the pg_hba.conf written by Probity: a cluster without it predates passwords. */
    private static final String HBA_MARKER = "# Probity: every connection needs a password (SCRAM-SHA-256)";

    private final Path cluster;
    private final PostgresCommands commands;

    ClusterAuthentication(Path cluster, PostgresCommands commands) {
        this.cluster = cluster;
        this.commands = commands;
    }

    /**
     * A new cluster gets the superuser's password at once ({@code initdb --auth=scram-sha-256}): it
     * never accepts a connection without a password. Returns whether the cluster was created.
     */
    boolean initdbIfNeeded(Path root, String unprivilegedUser, DatabasePassword superuser) throws IOException {
        if (Files.exists(cluster.resolve("PG_VERSION"))) {
            return false;
        }
        log.info("Initialising a new PostgreSQL cluster in {}", cluster);
        // initdb reads the password from a file: one readable by the account it runs as, for its run only
        Path pwfile = Files.createTempFile(root, ".initdb-", ".tmp");
        try {
            Files.setPosixFilePermissions(pwfile, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(pwfile, superuser.value() + "\n", StandardCharsets.US_ASCII);
            if (!commands.runAs().isEmpty()) {
                UnprivilegedAccount.giveTo(unprivilegedUser, pwfile);
            }
            commands.exec(List.of(
                    commands.bin("initdb"),
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
     * owner role in {@link DatabaseOwner#provision}.
     */
    void requirePasswords(DatabasePassword superuser) throws IOException {
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
        commands.singleUser(
                cluster, "postgres", "ALTER ROLE " + SUPERUSER + " PASSWORD '" + superuser.scramVerifier() + "';");
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
}
