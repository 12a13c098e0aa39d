package ru.probity.platform;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries that ship in the jar (the zonky binaries artifact, an xz-compressed tar
 * on the class path), extracted once per archive into {@code <java.io.tmpdir>/probity-postgres}.
 * Part of {@link EmbeddedPostgresServer}; logs under its name.
 */
final class PostgresBinaries {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private PostgresBinaries() {}

    /**
     * The directory of the extracted binaries ({@code bin/}, {@code lib/}, {@code share/}), named
     * by the archive's size; extracted into a staging directory and moved into place atomically,
     * so that concurrent starts (tests, two data directories) share one complete copy.
     */
    static Path extract() throws IOException {
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
}
