package ru.probity.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where Tomcat writes the parts of multipart uploads that do not fit in memory: {@code
 * <data-dir>/spool/<random>/}, readable by the JVM's account only, instead of the system's temp
 * folder. Tomcat deletes each part when its request ends; what a crash leaves behind is deleted at
 * the next start. Each process keeps a lock on a file in its own folder, so a start deletes the
 * folders of dead processes only (the operating system releases the lock of a process that died,
 * however it died) and leaves those of another process running on the same data directory alone.
 */
public final class UploadSpool implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(UploadSpool.class);
    private static final String IN_USE = ".in-use";

    private final Path directory;
    private final FileLock lock;

    private UploadSpool(Path directory, FileLock lock) {
        this.directory = directory;
        this.lock = lock;
    }

    /** Removes the leftovers of dead processes in {@code dataDir/spool} and opens a folder for this one. */
    public static UploadSpool open(Path dataDir) {
        Path root = dataDir.toAbsolutePath().normalize().resolve("spool");
        try {
            Files.createDirectories(root);
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
            removeLeftovers(root);
            Path directory = root.resolve(UUID.randomUUID().toString());
            Files.createDirectory(
                    directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            FileChannel channel = FileChannel.open(
                    directory.resolve(IN_USE), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return new UploadSpool(directory, channel.lock());
        } catch (IOException e) {
            throw new DataDirectoryException(
                    "cannot create the upload spool in " + root + " (" + e + ")",
                    "не удалось создать каталог для загружаемых файлов " + root
                            + ". Проверьте права на каталог данных или укажите другой: --probity.data-dir",
                    e);
        }
    }

    /** The folder Tomcat spools this process's uploads to. */
    public Path directory() {
        return directory;
    }

    /** Deletes the folders in {@code root} that no running process holds, and stray files. */
    static void removeLeftovers(Path root) throws IOException {
        List<Path> entries;
        try (Stream<Path> list = Files.list(root)) {
            entries = list.toList();
        }
        for (Path entry : entries) {
            if (!Files.isDirectory(entry, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(entry);
                continue;
            }
            Path marker = entry.resolve(IN_USE);
            if (!Files.exists(marker)) {
                deleteTree(entry);
                continue;
            }
            try (FileChannel channel = FileChannel.open(marker, StandardOpenOption.WRITE)) {
                FileLock held;
                try {
                    held = channel.tryLock();
                } catch (OverlappingFileLockException thisJvm) {
                    held = null;
                }
                if (held != null) {
                    log.info("Deleting uploads left in {} by a process that has stopped", entry);
                    deleteTree(entry);
                }
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            log.warn("Cannot delete the spooled uploads in {}: {}", dir, e.getMessage());
        }
    }

    @Override
    public void close() {
        deleteTree(directory);
        try {
            lock.channel().close();
        } catch (IOException e) {
            log.warn("Cannot release the upload spool {}", directory, e);
        }
    }
}
