package ru.probity.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import ru.probity.reports.engine.ProofOfWork;

/**
 * A receipt is a promise: every report whose receipt reached the citizen is stored. The application
 * runs as a separate process (a child JVM on the test class path, {@code ru.probity.ProbityApplication}
 * with its embedded PostgreSQL in a fresh data directory); clients send public reports concurrently;
 * mid-way the JVM and its PostgreSQL are killed with SIGKILL; after a restart every receipt that
 * was returned opens its report with the text that was sent.
 *
 * <p>Test-only settings of the child, stated here: the proof of work asks for 8 bits instead of 18
 * (the test is about durability, not about spam) and the per-client submission limit is raised,
 * because every client of the test comes from 127.0.0.1. Both are ordinary configuration
 * properties; production keeps its defaults.
 */
class ReportDurabilityTest {

    private static final int CLIENTS = 6;
    private static final int RECEIPTS_BEFORE_KILL = 40;

    record Confirmed(String receipt, String text) {}

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyReportWhoseReceiptWasShownSurvivesAKillOfTheApplicationAndItsDatabase() throws Exception {
        Path dataDir = Files.createTempDirectory("probity-durability-");
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path logs = Files.createDirectories(Path.of("target", "durability"));
        int port = freePort();
        String base = "http://127.0.0.1:" + port;

        Process first = start(dataDir, port, logs.resolve("first-run.log"));
        Queue<Confirmed> confirmed = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        try {
            ru.probity.ChildApplications.awaitReady(base, first, Duration.ofSeconds(150), "its output");
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    ReceptionClient client = new ReceptionClient(base, null);
                    while (!killed.get()) {
                        String text = "Проверка сохранности " + UUID.randomUUID();
                        ReceptionClient.Form form;
                        try {
                            form = client.open();
                        } catch (IOException e) {
                            continue;
                        } catch (InterruptedException e) {
                            return;
                        }
                        try {
                            ReceptionClient.Sent sent = client.submit(
                                    form,
                                    ProofOfWork.solve(form.challenge()),
                                    form.firstOrganizationId(),
                                    text,
                                    Map.of());
                            if (sent.status() == 200 && sent.receipt() != null) {
                                confirmed.add(new Confirmed(sent.receipt(), text));
                            } else {
                                failed.incrementAndGet();
                            }
                        } catch (IOException e) {
                            failed.incrementAndGet(); // the server died under the post: no receipt shown
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (confirmed.size() < RECEIPTS_BEFORE_KILL && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            // mid-way: no new report is started, those in flight on every client are cut off
            killed.set(true);
            killWithDatabase(first, dataDir);
            clients.shutdown();
            assertThat(clients.awaitTermination(90, TimeUnit.SECONDS)).isTrue();
        } finally {
            killWithDatabase(first, dataDir);
        }
        List<Confirmed> promised = new ArrayList<>(confirmed);
        assertThat(promised).hasSizeGreaterThanOrEqualTo(RECEIPTS_BEFORE_KILL);

        Process second = start(dataDir, port, logs.resolve("second-run.log"));
        try {
            ru.probity.ChildApplications.awaitReady(base, second, Duration.ofSeconds(150), "its output");
            ReceptionClient reader = new ReceptionClient(base, null);
            List<String> lost = new ArrayList<>();
            for (Confirmed c : promised) {
                HttpResponse<String> page = reader.status(c.receipt());
                if (page.statusCode() != 200 || !page.body().contains(c.text())) {
                    lost.add(c.receipt() + " → HTTP " + page.statusCode());
                }
            }
            assertThat(lost)
                    .as("%d receipts shown before the kill, %d posts cut off", promised.size(), failed.get())
                    .isEmpty();
            // the kill was hard: PostgreSQL had to replay its log
            assertThat(Files.readString(dataDir.resolve("postgres.log")))
                    .contains("database system was not properly shut down");
            System.out.printf(
                    "Durability: %d receipts shown before SIGKILL, %d posts cut off without one; all %d reopened%n",
                    promised.size(), failed.get(), promised.size());
        } finally {
            second.destroy(); // a clean stop: Spring stops the embedded PostgreSQL
            if (!second.waitFor(60, TimeUnit.SECONDS)) {
                killWithDatabase(second, dataDir);
            }
            deleteRecursively(dataDir);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The application in a child JVM on this test's class path, writing its output to a file. */
    private static Process start(Path dataDir, int port, Path log) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                classPath,
                "ru.probity.ProbityApplication",
                "--probity.data-dir=" + dataDir,
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--probity.reports.pow-bits=8",
                "--probity.reports.submissions-per-client=100000");
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .directory(new File("."))
                .start();
    }

    /**
     * SIGKILL to the JVM and to its PostgreSQL (the postmaster named in postmaster.pid and its
     * backends): neither gets a chance to flush or shut down.
     */
    private static void killWithDatabase(Process app, Path dataDir) throws Exception {
        List<ProcessHandle> database = new ArrayList<>();
        Path pidFile = dataDir.resolve("postgres/postmaster.pid");
        if (Files.exists(pidFile)) {
            long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
            ProcessHandle.of(pid).ifPresent(postmaster -> {
                postmaster.descendants().forEach(database::add);
                database.add(postmaster);
            });
        }
        app.destroyForcibly();
        database.forEach(ProcessHandle::destroyForcibly);
        app.waitFor(30, TimeUnit.SECONDS);
        for (ProcessHandle p : database) {
            p.onExit().get(30, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
