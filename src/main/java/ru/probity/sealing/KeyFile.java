package ru.probity.sealing;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

/**
 * A secret kept in a file outside the database: 256 random bits, Base64, readable by its owner
 * only (mode 600), created on first use. Written to a temporary file beside it and moved into
 * place, so a reader never sees half a key; when another process created it first, its key wins.
 */
public final class KeyFile {

    private KeyFile() {}

    /**
     * Creates the file with a new random key unless it exists; true if this call created it.
     * {@code prefix} names the temporary file while it is written.
     */
    public static boolean createIfAbsent(Path file, String prefix) throws IOException {
        if (Files.exists(file)) {
            return false;
        }
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), prefix, ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(temporary, Base64.getEncoder().encodeToString(Sealing.randomBytes(32)) + "\n");
            Files.move(temporary, file);
            return true;
        } catch (FileAlreadyExistsException raced) {
            return false;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The file's text without surrounding white space: the secret. */
    public static String read(Path file) throws IOException {
        return Files.readString(file).strip();
    }
}
