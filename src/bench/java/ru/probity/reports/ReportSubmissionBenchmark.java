package ru.probity.reports;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import ru.probity.reports.engine.ProofOfWork;

/**
 * The load benchmark of the public reception (issue 6): a sustained rate of public submissions (50
 * a second by default) for a period (60 s), each sealed with its organization's key, against a
 * running Probity (the jar with its embedded PostgreSQL, started with {@code --demo}) with its
 * production settings: the proof of work (18 bits) and the per-client submission limit (10 per 15
 * minutes) stay on. Reports the latency of the submissions (p50/p95/p99/max, measured from the
 * moment each was due, so a server that falls behind is not hidden), errors by HTTP status, the
 * reports stored against the receipts shown, and a sample of receipts reopened. See
 * docs/benchmarks-reports.md.
 *
 * <pre>
 * java -jar target/probity.jar --demo --probity.data-dir=/tmp/report-bench --server.port=8090 &amp;
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ru.probity.reports.ReportSubmissionBenchmark \
 *     -Dexec.args="http://127.0.0.1:8090 /tmp/report-bench 50 60"
 * </pre>
 *
 * <p>Before the clock, like a browser would but ahead of time: every simulated citizen opens the
 * form (the challenge, the CSRF token and its cookie) and the challenges are solved — a browser
 * spends ~0.3 s on one, and 50 a second would need more cores than the machine that also runs the
 * server has, so the solving is not on the clock; the server's checking and spending of each
 * solution is. The per-client limit keys on the TCP peer address, which a client cannot fake: the
 * benchmark gives each simulated citizen its own loopback source address (127.0.1.1, 127.0.1.2, …
 * — Linux routes all of 127/8 to the loopback), so 3,000 reports come from 300 addresses, 10 each,
 * as from 300 homes. No setting of the server is changed.
 */
public final class ReportSubmissionBenchmark {

    private static final int PER_CLIENT = 10;

    private ReportSubmissionBenchmark() {}

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8090";
        Path dataDir = Path.of(args.length > 1 ? args[1] : "/tmp/report-bench");
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        // the first simulated citizen's number: another run against the same server takes new addresses
        int firstCitizen = args.length > 4 ? Integer.parseInt(args[4]) : 0;
        int total = rate * seconds;
        String jdbcUrl = "jdbc:postgresql://127.0.0.1:" + postgresPort(dataDir) + "/probity";

        List<Long> organizations = new ArrayList<>();
        long storedBefore;
        try (Connection db = DriverManager.getConnection(jdbcUrl, "probity", ownerPassword(dataDir))) {
            try (ResultSet rs = db.createStatement()
                    .executeQuery("select id from organization where active and kind in"
                            + " ('ADMINISTRATION', 'DEPARTMENT', 'INSTITUTION', 'ENTERPRISE') order by id")) {
                while (rs.next()) {
                    organizations.add(rs.getLong(1));
                }
            }
            storedBefore = countWebReports(db);
        }

        // ---- before the clock: the citizens open the form and solve its challenge ------------
        int clients = (total + PER_CLIENT - 1) / PER_CLIENT;
        List<ReceptionClient> citizens = new ArrayList<>();
        for (int c = firstCitizen; c < firstCitizen + clients; c++) {
            citizens.add(new ReceptionClient(base, InetAddress.getByAddress(new byte[] {
                127, 1, (byte) (1 + c / 250), (byte) (1 + c % 250)
            })));
        }
        ReceptionClient.Form[] forms = new ReceptionClient.Form[total];
        String[] solutions = new String[total];
        long prepare = System.nanoTime();
        AtomicInteger prepared = new AtomicInteger();
        try (ExecutorService pool =
                Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors())) {
            // one citizen's forms one after another, as in one browser: the first sets the CSRF cookie
            for (int c = 0; c < clients; c++) {
                int citizen = c;
                pool.submit(() -> {
                    for (int n = citizen * PER_CLIENT; n < Math.min(total, (citizen + 1) * PER_CLIENT); n++) {
                        try {
                            forms[n] = citizens.get(citizen).open();
                            solutions[n] = solve(forms[n].challenge());
                            if (prepared.incrementAndGet() % 500 == 0) {
                                System.out.printf(Locale.ROOT, "prepared %d%n", prepared.get());
                            }
                        } catch (Exception e) {
                            System.out.println("prepare: " + e);
                        }
                    }
                    return null;
                });
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%d forms opened and challenges solved by %d citizens in %.0f s; start: %d/s for %d s%n",
                total,
                clients,
                (System.nanoTime() - prepare) / 1e9,
                rate,
                seconds);

        // ---- on the clock: each submission is sent when it is due -----------------------------
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> receipts = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        byte[] attachment = ("Пояснения к сообщению. ".repeat(2000)).getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        long interval = 1_000_000_000L / rate;
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < total; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                int n = i;
                senders.submit(() -> {
                    if (forms[n] == null) {
                        errors.computeIfAbsent("not prepared", k -> new AtomicInteger())
                                .incrementAndGet();
                        return;
                    }
                    boolean contacts = n % 3 == 0;
                    try {
                        ReceptionClient.Sent sent = citizens.get(n / PER_CLIENT)
                                .submit(
                                        forms[n],
                                        solutions[n],
                                        organizations.get(n % organizations.size()),
                                        text(n),
                                        contacts
                                                ? Map.of(
                                                        "name", "Гражданин Нагрузочный " + n,
                                                        "phone", "+7 900 000-" + String.format("%05d", n),
                                                        "email", "citizen" + n + "@example.org",
                                                        "consent", "true")
                                                : Map.of("aboutMunicipalEmployee", Boolean.toString(n % 2 == 0)),
                                        n % 10 == 0
                                                ? new ReceptionClient.Attachment(
                                                        "poyasneniya-" + n + ".txt", "text/plain", attachment)
                                                : null);
                        latencies.add(System.nanoTime() - due);
                        if (sent.status() == 200 && sent.receipt() != null) {
                            receipts.add(sent.receipt());
                        } else {
                            if (errors.computeIfAbsent("HTTP " + sent.status(), k -> new AtomicInteger())
                                            .incrementAndGet()
                                    <= 3) {
                                System.out.println("HTTP " + sent.status() + ": " + sent.problem());
                            }
                        }
                    } catch (Exception e) {
                        latencies.add(System.nanoTime() - due);
                        errors.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger())
                                .incrementAndGet();
                    }
                });
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;

        // ---- after the clock: what was stored, and do receipts open ---------------------------
        long stored;
        try (Connection db = DriverManager.getConnection(jdbcUrl, "probity", ownerPassword(dataDir))) {
            stored = countWebReports(db) - storedBefore;
        }
        List<String> shown = new ArrayList<>(receipts);
        int reopened = 0;
        ReceptionClient reader = new ReceptionClient(base, InetAddress.getByAddress(new byte[] {127, 2, 0, 1}));
        for (int i = 0; i < Math.min(50, shown.size()); i++) {
            if (reader.status(shown.get(i * shown.size() / Math.min(50, shown.size())))
                            .statusCode()
                    == 200) {
                reopened++;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "Submissions %d in %.1f s (%.1f/s): receipts %d, errors %s, stored %d, lost %d; sample of %d receipts reopened: %d%n",
                total,
                elapsed,
                total / elapsed,
                shown.size(),
                new TreeMap<>(errors),
                stored,
                shown.size() - stored,
                Math.min(50, shown.size()),
                reopened);
        report("submission (from the moment it was due)", latencies);
        System.out.printf(
                Locale.ROOT,
                "Load average: %s%n",
                Files.readString(Path.of("/proc/loadavg")).strip());
    }

    /** A report of about 1,500 characters, each different. */
    private static String text(int n) {
        return ("Сообщение №" + n + ". Начальник отдела при согласовании документов требует вознаграждение,"
                        + " ссылаясь на указания руководства; в случае отказа согласование затягивается на месяцы. ")
                .repeat(8);
    }

    private static long countWebReports(Connection db) throws Exception {
        try (ResultSet rs = db.createStatement()
                .executeQuery("select count(*) from report where channel = 'WEB' and created_by = 'reporter'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * What the browser's script does (js/report-pow.js), without its overhead: the first number
     * whose SHA-256 with the challenge has the asked leading zero bits. Checked by the engine.
     */
    static String solve(String challenge) throws Exception {
        int bits = ProofOfWork.bits(challenge);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] prefix = (challenge + ":").getBytes(StandardCharsets.US_ASCII);
        byte[] digits = new byte[20];
        for (long n = 0; ; n++) {
            String s = Long.toString(n);
            for (int i = 0; i < s.length(); i++) {
                digits[i] = (byte) s.charAt(i);
            }
            sha.update(prefix);
            sha.update(digits, 0, s.length());
            if (leadingZeroBits(sha.digest()) >= bits) {
                return s;
            }
        }
    }

    private static int leadingZeroBits(byte[] hash) {
        int zeros = 0;
        for (byte b : hash) {
            if (b == 0) {
                zeros += 8;
                continue;
            }
            return zeros + Integer.numberOfLeadingZeros(b & 0xff) - 24;
        }
        return zeros;
    }

    private static void report(String what, ConcurrentLinkedQueue<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.println(what + ": none");
            return;
        }
        System.out.printf(
                Locale.ROOT,
                "%s: %d, p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                what,
                sorted.size(),
                ms(sorted, 0.50),
                ms(sorted, 0.95),
                ms(sorted, 0.99),
                sorted.getLast() / 1e6);
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    /** The embedded PostgreSQL's port: the fourth line of its postmaster.pid. */
    private static int postgresPort(Path dataDir) throws Exception {
        List<String> lines = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
        return Integer.parseInt(lines.get(3).strip());
    }

    /** The embedded database's owner role's password (the server needs one; docs/security.md). */
    private static String ownerPassword(Path dataDir) throws Exception {
        return Files.readString(dataDir.resolve("keys/postgres-probity.password"))
                .strip();
    }
}
