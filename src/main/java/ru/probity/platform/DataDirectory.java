package ru.probity.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The product's data directory as the embedded PostgreSQL needs it: writable, and held by one
 * running Probity at a time. Part of {@link EmbeddedPostgresServer}; logs under its name.
 */
final class DataDirectory {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private DataDirectory() {}

    /** The directory, absolute and created; refused with a message for the user if not writable. */
    static Path prepare(Path dataDir) {
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
    static FileLock lock(Path root) {
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

    static void release(FileLock lock) {
        try {
            lock.channel().close();
        } catch (IOException e) {
            log.warn("Could not release the data directory lock", e);
        }
    }
}
