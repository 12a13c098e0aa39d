package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.probity.platform.UploadSpool;

/**
 * Hole 11: with {@code file-size-threshold=0} every uploaded part was written in plaintext to
 * Tomcat's temp folder under the system's /tmp, where a 600 MB file of personal data survived a
 * crash. Now small parts stay in memory and larger ones go to an owner-only spool in the data
 * directory, deleted after the request and, after a crash, at the next start.
 */
@Tag("security")
class Hole11UploadSpoolTest extends SecurityTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletContext servletContext;

    @Value("${probity.data-dir}")
    Path dataDir;

    /**
     * An anonymous multipart POST (its fields are parsed for the CSRF check before anything else)
     * whose part is larger than the in-memory threshold; the body is held open half-way, while the
     * part is being written, to see where it is written.
     */
    @Test
    void aLargeUploadedPartIsSpooledInsideTheDataDirectoryOnlyAndDeletedAfterTheRequest() throws Exception {
        Path spool = dataDir.resolve("spool").toAbsolutePath().normalize();
        Path tomcatTemp = ((File) servletContext.getAttribute(ServletContext.TEMPDIR)).toPath();
        // the system's temp folder itself (other runs' folders below it are not this server's)
        Path systemTemp = Path.of(System.getProperty("java.io.tmpdir"));

        CountDownLatch seen = new CountDownLatch(1);
        var response = postHeldOpen(13 * 1024 * 1024, seen);

        List<Path> partFiles = List.of();
        for (int i = 0; i < 600 && partFiles.isEmpty(); i++) {
            partFiles = Stream.of(partsIn(spool), partsIn(tomcatTemp), partsIn(systemTemp, 1))
                    .flatMap(List::stream)
                    .toList();
            if (partFiles.isEmpty()) {
                Thread.sleep(100);
            }
        }
        seen.countDown();
        response.get(120, TimeUnit.SECONDS);

        assertThat(partFiles).as("the part being uploaded was written to disk").isNotEmpty();
        assertThat(partFiles).allSatisfy(file -> assertThat(file).startsWithRaw(spool));
        assertThat(partsIn(tomcatTemp)).isEmpty();
        assertThat(partsIn(systemTemp, 1)).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(spool)))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(partFiles.getFirst().getParent())))
                .isEqualTo("rwx------");

        // Tomcat deletes the part when it recycles the request, just after the answer
        for (int i = 0; i < 300 && !partsIn(spool).isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertThat(partsIn(spool)).isEmpty();
    }

    @Test
    void whatACrashLeftInTheSpoolIsDeletedAtStartButARunningProcessKeepsItsOwn() throws Exception {
        Path dataDir = Files.createTempDirectory("probity-hole11-");
        Path root = dataDir.resolve("spool");
        try (var running = UploadSpool.open(dataDir)) {
            Path livePart = Files.writeString(running.directory().resolve("upload_live.tmp"), "in flight");
            // a process killed while receiving an upload: its folder, its lock released by its death
            Path crashed = Files.createDirectories(root.resolve("0b6a5a2e-crashed"));
            Files.createFile(crashed.resolve(".in-use"));
            Path leftover = Files.writeString(crashed.resolve("upload_x_00000001.tmp"), "Иванов;123-456-789 01");
            Path stray = Files.writeString(root.resolve("upload_y.tmp"), "Петров");

            try (var next = UploadSpool.open(dataDir)) {
                assertThat(leftover).doesNotExist();
                assertThat(crashed).doesNotExist();
                assertThat(stray).doesNotExist();
                assertThat(livePart).exists();
                assertThat(next.directory())
                        .startsWithRaw(dataDir.toAbsolutePath())
                        .exists();
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root)))
                        .isEqualTo("rwx------");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(next.directory())))
                        .isEqualTo("rwx------");
            }
        }
        try (Stream<Path> left = Files.list(root)) {
            assertThat(left).as("folders are removed when their process stops").isEmpty();
        }
    }

    /** Tomcat's part files: {@code upload_<uuid>_<n>.tmp}. */
    @Test
    void aFileOfPersonalDataUpToItsFormsLimitNeverTouchesTheDisk() throws Exception {
        Path spool = dataDir.resolve("spool").toAbsolutePath().normalize();
        Path tomcatTemp = ((File) servletContext.getAttribute(ServletContext.TEMPDIR)).toPath();
        Path systemTemp = Path.of(System.getProperty("java.io.tmpdir"));
        // a 10 MB scan (the largest a declaration, a notification or a report takes), held open after it
        CountDownLatch release = new CountDownLatch(1);
        var response = postHeldOpen(10 * 1024 * 1024, release);
        try {
            for (int i = 0; i < 30; i++) {
                assertThat(Stream.of(partsIn(spool), partsIn(tomcatTemp), partsIn(systemTemp, 1))
                                .flatMap(List::stream)
                                .toList())
                        .as("a part of 10 MB was written to disk")
                        .isEmpty();
                Thread.sleep(100);
            }
        } finally {
            release.countDown();
            response.get(120, TimeUnit.SECONDS);
        }
    }

    /**
     * An anonymous multipart POST to the public reception with one part of the given size, announced
     * as a browser does; the body is held open after the part until {@code release}.
     */
    private java.util.concurrent.CompletableFuture<HttpResponse<Void>> postHeldOpen(int size, CountDownLatch release) {
        String boundary = "----probity-hole11";
        byte[] head = ("--" + boundary + "\r\n"
                        + "Content-Disposition: form-data; name=\"file\"; filename=\"people.csv\"\r\n"
                        + "Content-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] personalData = new byte[size];
        Arrays.fill(personalData, (byte) 'x');
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        InputStream held = new InputStream() {
            @Override
            public int read() throws IOException {
                try {
                    release.await(120, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
                return -1;
            }
        };
        InputStream body = new SequenceInputStream(Collections.enumeration(List.of(
                new ByteArrayInputStream(head),
                new ByteArrayInputStream(personalData),
                held,
                new ByteArrayInputStream(tail))));
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return client.sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/public/report"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.fromPublisher(
                                HttpRequest.BodyPublishers.ofInputStream(() -> body),
                                (long) head.length + personalData.length + tail.length))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private static List<Path> partsIn(Path dir) throws IOException {
        return partsIn(dir, 3);
    }

    private static List<Path> partsIn(Path dir, int depth) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir, depth)) {
            return walk.filter(p -> p.getFileName().toString().startsWith("upload_"))
                    .filter(Files::isRegularFile)
                    .toList();
        } catch (java.io.UncheckedIOException e) {
            return List.of(); // a folder vanished while walking
        }
    }
}
