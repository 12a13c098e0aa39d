package ru.probity.training;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The load benchmark of issue 5: N simulated examinees (3,000 by default) start a 20-question test
 * within 60 s and answer with 3–10 s of thinking, against a running Probity (the jar with its
 * embedded PostgreSQL, started with {@code --demo}); the generator runs on the same machine.
 * Reports errors, answers lost (every answer must be in the database) and the latency of the
 * answer saves (p50/p95/p99/max), the synchronized start included. See docs/benchmarks-exams.md.
 *
 * <pre>
 * java -jar target/probity.jar --demo --probity.data-dir=/tmp/exam-bench --server.port=8090 &amp;
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=ru.probity.training.ExamLoadBenchmark -Dexec.args="http://localhost:8090 /tmp/exam-bench 3000"
 * </pre>
 *
 * Set-up (before the clock): the examinees' accounts are written straight into the database with a
 * cheap bcrypt hash (cost 4) — the benchmark measures tests, not password hashing — and each signs
 * in before the start; the regional administrator loads the starter bank, builds the test and
 * assigns it to the region through the pages.
 */
public final class ExamLoadBenchmark {

    private static final Pattern CSRF = Pattern.compile("data-csrf-token=\"([^\"]+)\"");
    private static final Pattern ANSWER_KEY = Pattern.compile("X-Attempt-Key&quot;: &quot;([0-9a-f-]{36})");
    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String PASSWORD = "bench-password-1";

    private final String base;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(30))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    private ExamLoadBenchmark(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8090";
        Path dataDir = Path.of(args.length > 1 ? args[1] : "/tmp/exam-bench");
        int examinees = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        new ExamLoadBenchmark(base).run(dataDir, examinees);
    }

    private void run(Path dataDir, int examinees) throws Exception {
        String jdbcUrl = "jdbc:postgresql://127.0.0.1:" + postgresPort(dataDir) + "/probity";
        List<String> users;
        try (Connection db = DriverManager.getConnection(jdbcUrl, "probity", ownerPassword(dataDir))) {
            users = createExaminees(db, examinees);
        }
        Session admin = login("region.admin", "probity-demo");
        long test = buildTest(admin);
        System.out.printf(Locale.ROOT, "Test %d ready; signing in %d examinees%n", test, users.size());

        List<Session> sessions = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (String user : users) {
                pool.submit(() -> sessions.add(login(user, PASSWORD)));
            }
        }
        System.out.printf(Locale.ROOT, "%d signed in; start%n", sessions.size());

        ConcurrentLinkedQueue<Long> saves = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> starts = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger answered = new AtomicInteger();
        CpuSplit cpu = CpuSplit.of(dataDir);
        long begin = System.nanoTime();
        try (ExecutorService examinee = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Session s : sessions) {
                examinee.submit(() -> {
                    try {
                        Thread.sleep(ThreadLocalRandom.current().nextLong(60_000));
                        take(s, test, saves, starts, answered);
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 5) {
                            System.out.println("error: " + e);
                        }
                    }
                });
            }
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        String cpuSplit = cpu.since(seconds);
        long stored;
        try (Connection db = DriverManager.getConnection(jdbcUrl, "probity", ownerPassword(dataDir));
                PreparedStatement count = db.prepareStatement(
                        "select count(*) from attempt_answer a join test_attempt t on t.id = a.attempt_id where t.test_id = ?")) {
            count.setLong(1, test);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                stored = rs.getLong(1);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "Examinees %d, errors %d, answers sent %d, answers stored %d, lost %d, %.0f s%n",
                sessions.size(),
                errors.get(),
                answered.get(),
                stored,
                answered.get() - stored,
                seconds);
        report("answer saves", saves);
        report("starts (page with the questions)", starts);
        System.out.println("CPU during the run: " + cpuSplit);
        System.out.printf(
                Locale.ROOT,
                "Load average: %s%n",
                Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private void take(
            Session s,
            long test,
            ConcurrentLinkedQueue<Long> saves,
            ConcurrentLinkedQueue<Long> starts,
            AtomicInteger answered)
            throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> started = s.post("/training/tests/" + test + "/start", Map.of());
        String location = started.headers()
                .firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("start: HTTP " + started.statusCode()));
        HttpResponse<String> page = s.get(URI.create(location).getPath());
        starts.add(System.nanoTime() - t0);
        check(page, 200, "attempt page");
        String attempt = location.substring(location.lastIndexOf('/') + 1);
        int questions = count(page.body(), "id=\"saved-");
        Matcher keyOnPage = ANSWER_KEY.matcher(page.body());
        if (!keyOnPage.find()) {
            throw new IllegalStateException("no answer key on the attempt page");
        }
        String key = keyOnPage.group(1);
        for (int position = 0; position < questions; position++) {
            Thread.sleep(ThreadLocalRandom.current().nextLong(3000, 10_001));
            long t = System.nanoTime();
            HttpResponse<String> saved = s.postAnswer(
                    "/training/attempts/" + attempt + "/answers/" + position,
                    key,
                    position % 3 == 0 ? Map.of("text", "273-ФЗ") : Map.of("chosen", "0"));
            saves.add(System.nanoTime() - t);
            check(saved, 200, "answer");
            answered.incrementAndGet();
        }
        check(s.post("/training/attempts/" + attempt + "/finish", Map.of()), 302, "finish");
    }

    // ---- set-up ------------------------------------------------------------------------------

    private static List<String> createExaminees(Connection db, int n) throws Exception {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        List<Long> organizations = new ArrayList<>();
        try (var rs = db.createStatement()
                .executeQuery(
                        "select id from organization where active and kind in ('ADMINISTRATION', 'DEPARTMENT', 'INSTITUTION') order by id")) {
            while (rs.next()) {
                organizations.add(rs.getLong(1));
            }
        }
        List<String> users = new ArrayList<>();
        db.setAutoCommit(false);
        try (PreparedStatement employee = db.prepareStatement("""
                        insert into employee (organization_id, last_name, first_name, post, appointed_on, created_by, updated_by)
                        values (?, ?, 'Экзаменуемый', 'Специалист', current_date - 100, 'bench', 'bench') returning id""");
                PreparedStatement account = db.prepareStatement("""
                        insert into app_user (username, password_hash, full_name, role, organization_id, employee_id, created_by)
                        values (?, ?, ?, 'EMPLOYEE', ?, ?, 'bench') on conflict do nothing""")) {
            for (int i = 0; i < n; i++) {
                long organization = organizations.get(i % organizations.size());
                employee.setLong(1, organization);
                employee.setString(2, "Нагрузочный" + i);
                long id;
                try (ResultSet rs = employee.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
                String username = "bench." + i;
                account.setString(1, username);
                account.setString(2, hash);
                account.setString(3, "Нагрузочный" + i + " Экзаменуемый");
                account.setLong(4, organization);
                account.setLong(5, id);
                account.addBatch();
                users.add(username);
            }
            account.executeBatch();
        }
        db.commit();
        return users;
    }

    private long buildTest(Session admin) throws Exception {
        check(admin.post("/training/questions/starter", Map.of()), 302, "starter bank");
        HttpResponse<String> tests = admin.get("/training/tests");
        Matcher parts = Pattern.compile("name=\"(part\\d+)\"").matcher(tests.body());
        List<String> names = new ArrayList<>();
        while (parts.find()) {
            names.add(parts.group(1));
        }
        Map<String, String> form = new java.util.HashMap<>(Map.of(
                "title", "Нагрузочный тест", "timeLimitMinutes", "10", "passPercent", "60", "attemptsAllowed", "1"));
        for (int i = 0; i < names.size(); i++) {
            form.put(names.get(i), Integer.toString(20 / names.size() + (i < 20 % names.size() ? 1 : 0)));
        }
        HttpResponse<String> created = admin.post("/training/tests", form);
        String location = created.headers().firstValue("Location").orElseThrow();
        long test = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String root = Pattern.compile("name=\"organizations\"[^>]*>\\s*<option value=\"(\\d+)\"")
                .matcher(admin.get("/training/tests/" + test).body())
                .results()
                .findFirst()
                .orElseThrow()
                .group(1);
        check(admin.post("/training/tests/" + test + "/assign", Map.of("organizations", root)), 302, "assign");
        return test;
    }

    private Session login(String username, String password) {
        try {
            Session s = new Session();
            HttpResponse<String> page = s.get("/login");
            Matcher token = HIDDEN_CSRF.matcher(page.body());
            if (!token.find()) {
                throw new IllegalStateException("no CSRF token on /login");
            }
            s.csrf = token.group(1);
            HttpResponse<String> done = s.send(s.form("/login", Map.of("username", username, "password", password))
                    .build());
            if (done.statusCode() != 302
                    || done.headers().firstValue("Location").orElse("").contains("error")) {
                throw new IllegalStateException("login of " + username + " failed: " + done.statusCode());
            }
            Matcher csrf = CSRF.matcher(s.get("/").body());
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token after login");
            }
            s.csrf = csrf.group(1);
            return s;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One browser: its session cookie and CSRF token. */
    private final class Session {
        private volatile String cookie = "";
        private volatile String csrf;

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            return send(form(path, form).build());
        }

        /** An answer as htmx sends it: the attempt's key in its header, the session cookie and CSRF token too. */
        HttpResponse<String> postAnswer(String path, String key, Map<String, String> form)
                throws IOException, InterruptedException {
            return send(form(path, form)
                    .header("HX-Request", "true")
                    .header("X-Attempt-Key", key)
                    .header("X-CSRF-TOKEN", csrf)
                    .build());
        }

        HttpRequest.Builder form(String path, Map<String, String> form) {
            StringBuilder body = new StringBuilder("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
            form.forEach((k, v) -> body.append('&')
                    .append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        }

        HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            HttpRequest withCookie = cookie.isEmpty()
                    ? request
                    : HttpRequest.newBuilder(request, (n, v) -> true)
                            .header("Cookie", cookie)
                            .build();
            HttpResponse<String> response = http.send(withCookie, HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(c -> {
                String pair = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
                if (pair.startsWith("SESSION=")) {
                    cookie = pair;
                }
            });
            return response;
        }
    }

    private static void check(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": HTTP " + response.statusCode());
        }
    }

    private static int count(String text, String fragment) {
        int n = 0;
        for (int i = text.indexOf(fragment); i >= 0; i = text.indexOf(fragment, i + 1)) {
            n++;
        }
        return n;
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

    /**
     * CPU time used during the run by the server's JVM, its PostgreSQL cluster (the postmaster and
     * every backend) and this generator, as a share of the whole machine.
     */
    private record CpuSplit(Path dataDir, long server, long postgres, long generator) {

        static CpuSplit of(Path dataDir) throws IOException {
            return new CpuSplit(dataDir, cpu(server(dataDir)), cpu(postgres(dataDir)), cpu(ProcessHandle.current()));
        }

        String since(double seconds) throws IOException {
            double capacity = seconds * Runtime.getRuntime().availableProcessors() / 100;
            double srv = (cpu(server(dataDir)) - server) / 1e9;
            double pg = (cpu(postgres(dataDir)) - postgres) / 1e9;
            double gen = (cpu(ProcessHandle.current()) - generator) / 1e9;
            return String.format(
                    Locale.ROOT,
                    "server %.0f s (%.0f %%), PostgreSQL %.0f s (%.0f %%), generator %.0f s (%.0f %%) of %d cores × %.0f s",
                    srv,
                    srv / capacity,
                    pg,
                    pg / capacity,
                    gen,
                    gen / capacity,
                    Runtime.getRuntime().availableProcessors(),
                    seconds);
        }

        /** The JVM whose command line names this data directory (the jar started with it). */
        private static ProcessHandle server(Path dataDir) {
            String dir = dataDir.toString();
            return ProcessHandle.allProcesses()
                    .filter(p -> p.info().arguments().stream()
                            .flatMap(java.util.Arrays::stream)
                            .anyMatch(a -> a.contains(dir) && a.startsWith("--probity.data-dir")))
                    .findFirst()
                    .orElse(null);
        }

        private static ProcessHandle postgres(Path dataDir) throws IOException {
            long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"))
                    .getFirst()
                    .strip());
            return ProcessHandle.of(pid).orElse(null);
        }

        /** CPU nanoseconds of a process and its children alive now (PostgreSQL's backends). */
        private static long cpu(ProcessHandle process) {
            if (process == null) {
                return 0;
            }
            long own = process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
            return own
                    + process.descendants()
                            .mapToLong(child -> child.info()
                                    .totalCpuDuration()
                                    .map(Duration::toNanos)
                                    .orElse(0L))
                            .sum();
        }
    }

    /** The embedded PostgreSQL's port: the fourth line of its postmaster.pid. */
    private static int postgresPort(Path dataDir) throws IOException {
        List<String> lines = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
        return Integer.parseInt(lines.get(3).strip());
    }

    /** The embedded database's owner role's password (the server needs one; docs/security.md). */
    private static String ownerPassword(Path dataDir) throws IOException {
        return Files.readString(dataDir.resolve("keys/postgres-probity.password"))
                .strip();
    }
}
