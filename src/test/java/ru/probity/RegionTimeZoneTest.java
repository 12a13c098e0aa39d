package ru.probity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * With {@code PROBITY_TIME_ZONE=Asia/Yekaterinburg} every time a user sees is Yekaterinburg time
 * (UTC+5, two hours ahead of the default Moscow time), on a server whose own clock is UTC.
 *
 * <p>The JVM's default zone is set only by {@code main()}, so the product runs as it does in
 * production: a child JVM started through {@code ru.probity.ProbityApplication} with the variable in
 * its environment ({@code TZ=UTC} besides), {@code --demo}, its own data directory. The test signs in
 * over HTTP like a browser (form sign-in, CSRF token, session cookie) and calls the API with HTTP
 * Basic; the database is used only to look up ids. Each time shown is compared with the clock of
 * Yekaterinburg read just before and just after the action that stamped it (to the minute).
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RegionTimeZoneTest {

    private static final ZoneId YEKATERINBURG = ZoneId.of("Asia/Yekaterinburg");
    private static final String PASSWORD = "probity-demo";
    private static final Pattern MINUTE = Pattern.compile("\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private static Path dataDir;
    private static Process app;
    private static String base;

    @BeforeAll
    static void startTheApplicationInYekaterinburg() throws Exception {
        dataDir = Files.createTempDirectory("probity-zone-");
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path logs = Files.createDirectories(Path.of("target", "region-time"));
        int port = freePort();
        base = "http://127.0.0.1:" + port;
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        classPath,
                        "ru.probity.ProbityApplication",
                        "--demo",
                        "--probity.data-dir=" + dataDir,
                        "--server.port=" + port,
                        "--server.address=127.0.0.1"))
                .redirectErrorStream(true)
                .redirectOutput(logs.resolve("application.log").toFile())
                .directory(new File("."));
        builder.environment().put("PROBITY_TIME_ZONE", "Asia/Yekaterinburg");
        builder.environment().put("TZ", "UTC"); // the server's own clock: not the region's
        app = builder.start();
        ChildApplications.awaitReady(base, app, Duration.ofSeconds(180), "target/region-time/application.log");
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.destroy(); // a clean stop: Spring stops the embedded PostgreSQL
            if (!app.waitFor(60, TimeUnit.SECONDS)) {
                app.destroyForcibly();
                app.waitFor(30, TimeUnit.SECONDS);
            }
        }
        if (dataDir != null) {
            try (var paths = Files.walk(dataDir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void theAccessLogPageShowsTheTimeOfARecordMadeNowInYekaterinburgTime() throws Exception {
        Browser admin = Browser.signIn("region.admin");
        ZonedDateTime before = now();
        assertThat(admin.get("/audit").statusCode()).isEqualTo(200); // reading the log is logged
        ZonedDateTime after = now();
        String page = admin.get("/audit").body();
        // the newest record first: the reading just done
        Matcher first = Pattern.compile(
                        "<td class=\"text-nowrap\">(\\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d):\\d\\d</td>")
                .matcher(page);
        assertThat(first.find()).as("a record on /audit").isTrue();
        assertWithin(first.group(1), before, after, "/audit");
    }

    @Test
    void aFindingsPageAndItsXlsxExportShowTheTimeOfACommentInYekaterinburgTime() throws Exception {
        long finding = queryLong("select id from finding order by id limit 1");
        Browser officer = Browser.signIn("region.admin");
        String comment = "Проверка часового пояса " + UUID.randomUUID();
        ZonedDateTime before = now();
        HttpResponse<String> posted = officer.post("/findings/" + finding + "/comment", Map.of("text", comment));
        ZonedDateTime after = now();
        assertThat(posted.statusCode()).isEqualTo(302);

        String card = officer.get("/findings/" + finding).body();
        assertThat(card).contains(comment);
        List<String> shown = minutes(card);
        // the comment in the history and the time of the last change
        assertThat(shown.stream().filter(t -> within(t, before, after)).count())
                .as("times on the finding's page %s, now %s", shown, SHOWN.format(after))
                .isGreaterThanOrEqualTo(2);

        HttpResponse<byte[]> export = officer.download("/findings/export.xlsx");
        assertThat(export.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            String updated = null;
            for (Row row : sheet) {
                if (format.formatCellValue(row.getCell(0)).equals(String.valueOf(finding))) {
                    updated = format.formatCellValue(row.getCell(row.getLastCellNum() - 1));
                }
            }
            assertThat(updated).as("the finding's row in the export").isNotNull();
            assertWithin(updated, before, after, "the XLSX export's «changed» column");
        }
    }

    @Test
    void theAcknowledgementSheetDocxAndPdfAndTheApiShowAnAcknowledgementMadeNowInYekaterinburgTime() throws Exception {
        // registered, uploaded and sent to one employee through the API (HTTP Basic, JSON)
        long employee = queryLong("select employee_id from app_user where username = 'ugh.employee'");
        ZonedDateTime before = now();
        String act = api("POST", "/api/v1/acts", "application/json", """
                {"kind": "LOCAL_ACT", "number": "7-зп", "title": "О часовом поясе региона"}""");
        long actId = Long.parseLong(field(act, "id"));
        String version = apiMultipart("/api/v1/acts/" + actId + "/versions", "poryadok.txt", "Текст документа.");
        String sent = api(
                "POST",
                "/api/v1/acts/" + actId + "/distributions",
                "application/json",
                "{\"employeeIds\": [" + employee + "], \"organizationId\": "
                        + queryLong("select organization_id from employee where id = " + employee)
                        + ", \"dueOn\": \"" + LocalDate.now(YEKATERINBURG).plusDays(10) + "\"}");
        long distribution = Long.parseLong(field(sent, "id"));
        long acknowledgement = queryLong("select id from acknowledgement where distribution_id = " + distribution
                + " and employee_id = " + employee);

        // the employee acknowledges on his page, confirming with his password
        Browser reader = Browser.signIn("ugh.employee");
        assertThat(reader.get("/acknowledgements/" + acknowledgement).statusCode())
                .isEqualTo(200);
        HttpResponse<String> signed = reader.post("/acknowledgements/" + acknowledgement, Map.of("password", PASSWORD));
        ZonedDateTime after = now();
        assertThat(signed.statusCode()).isEqualTo(302);

        // the API's JSON: instants that mean now, written as Yekaterinburg time or as UTC, never as another zone
        String rows = api("GET", "/api/v1/distributions/" + distribution + "/acknowledgements", null, null);
        List<String> written =
                List.of(field(version, "createdAt"), field(sent, "createdAt"), field(rows, "acknowledgedAt"));
        System.out.println("The API wrote " + written + "; Yekaterinburg time " + SHOWN.format(now()));
        for (String json : written) {
            OffsetDateTime time = OffsetDateTime.parse(json);
            assertThat(time.getOffset().getTotalSeconds())
                    .as("offset of %s", json)
                    .isIn(
                            0,
                            YEKATERINBURG.getRules().getOffset(time.toInstant()).getTotalSeconds());
            assertThat(time.toInstant())
                    .as("JSON time %s", json)
                    .isBetween(
                            before.toInstant().truncatedTo(ChronoUnit.SECONDS),
                            after.toInstant().plusSeconds(1));
        }

        // the sheet, as the officer downloads it
        Browser officer = Browser.signIn("region.admin");
        HttpResponse<byte[]> docx = officer.download("/acts/distributions/" + distribution + "/sheet.docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        String docxText;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            docxText = extractor.getText();
        }
        // the time of the acknowledgement, and again in its «подписано простой электронной подписью» note
        assertThat(minutes(docxText).stream().distinct())
                .as("times in the DOCX sheet")
                .hasSize(1);
        assertWithin(minutes(docxText).getFirst(), before, after, "the DOCX sheet");

        HttpResponse<byte[]> pdf = officer.download("/acts/distributions/" + distribution + "/sheet.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        String pdfText;
        try (var document = Loader.loadPDF(pdf.body())) {
            pdfText = new PDFTextStripper().getText(document);
        }
        assertThat(minutes(pdfText).stream().distinct())
                .as("times in the PDF sheet")
                .hasSize(1);
        assertWithin(minutes(pdfText).getFirst(), before, after, "the PDF sheet");
    }

    @Test
    void theDemoTrainingSessionsAreAtTenOClockYekaterinburgTime() throws Exception {
        // the demo loader plans the region's video conference at 10:00 local time, ten days ahead
        Instant startsAt = Instant.parse(queryString("""
                select to_char(min(s.starts_at) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
                from training_session s join training_event e on e.id = s.event_id where e.kind = 'WEBINAR'"""));
        assertThat(startsAt.atZone(YEKATERINBURG).toLocalTime()).isEqualTo(java.time.LocalTime.of(10, 0));
        long event = queryLong("select id from training_event where kind = 'WEBINAR' order by id limit 1");
        String page =
                Browser.signIn("region.admin").get("/training/events/" + event).body();
        assertThat(page).contains(SHOWN.format(startsAt.atZone(YEKATERINBURG)));
    }

    // --- the clock -------------------------------------------------------------------------------

    private static ZonedDateTime now() {
        return ZonedDateTime.now(YEKATERINBURG);
    }

    /** Whether a time shown to the minute lies between two readings of the clock (minutes included). */
    private static boolean within(String shown, ZonedDateTime before, ZonedDateTime after) {
        LocalDateTime time = LocalDateTime.parse(shown, SHOWN);
        return !time.isBefore(before.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES))
                && !time.isAfter(after.toLocalDateTime().truncatedTo(ChronoUnit.MINUTES));
    }

    private static void assertWithin(String shown, ZonedDateTime before, ZonedDateTime after, String where) {
        assertThat(within(shown, before, after))
                .as(
                        "%s shows %s; Yekaterinburg time was %s…%s (Moscow %s)",
                        where,
                        shown,
                        SHOWN.format(before),
                        SHOWN.format(after),
                        SHOWN.format(after.withZoneSameInstant(ZoneId.of(ru.probity.platform.RegionTime.DEFAULT))))
                .isTrue();
    }

    private static List<String> minutes(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = MINUTE.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    // --- the API -----------------------------------------------------------------------------------

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(30))
            .build();

    private static String api(String method, String path, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic("region.admin"))
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("%s %s: %s", method, path, response.body())
                .isBetween(200, 201);
        return response.body();
    }

    private static String apiMultipart(String path, String fileName, String text) throws Exception {
        String boundary = "----probity" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + text + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", basic("region.admin"))
                        .header("Accept", "application/json")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode())
                .as("POST %s: %s", path, response.body())
                .isEqualTo(201);
        return response.body();
    }

    private static String basic(String username) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** The first value of a field in a JSON text (a number or a string). */
    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"([^\"]*)\"|[-0-9.]+)")
                .matcher(json);
        assertThat(m.find()).as("%s in %s", name, json).isTrue();
        return m.group(2) != null ? m.group(2) : m.group(1);
    }

    // --- a browser -------------------------------------------------------------------------------

    /** One browser: its cookies and the CSRF token of its session. */
    private static final class Browser {

        private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        private static final Pattern PAGE_CSRF = Pattern.compile("data-csrf-token=\"([^\"]+)\"");

        private final Map<String, String> cookies = new LinkedHashMap<>();
        private String csrf;

        static Browser signIn(String username) throws Exception {
            Browser browser = new Browser();
            Matcher token = HIDDEN_CSRF.matcher(browser.get("/login").body());
            assertThat(token.find()).as("a CSRF token on /login").isTrue();
            browser.csrf = token.group(1);
            HttpResponse<String> done = browser.post("/login", Map.of("username", username, "password", PASSWORD));
            assertThat(done.headers().firstValue("Location").orElse(""))
                    .as("sign-in of %s", username)
                    .endsWith("/");
            Matcher fresh = PAGE_CSRF.matcher(browser.get("/").body());
            assertThat(fresh.find()).as("a CSRF token after sign-in").isTrue();
            browser.csrf = fresh.group(1);
            return browser;
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<byte[]> download(String path) throws Exception {
            return send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            StringBuilder body = new StringBuilder("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
            form.forEach((name, value) -> body.append('&')
                    .append(URLEncoder.encode(name, StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
            return send(
                    request(path)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder =
                    HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
            if (!cookies.isEmpty()) {
                builder.header(
                        "Cookie",
                        String.join(
                                "; ",
                                cookies.entrySet().stream()
                                        .map(e -> e.getKey() + "=" + e.getValue())
                                        .toList()));
            }
            return builder;
        }

        private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws Exception {
            HttpResponse<T> response = HTTP.send(request, handler);
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(
                            pair.substring(0, eq).strip(),
                            pair.substring(eq + 1).strip());
                }
            }
            return response;
        }
    }

    // --- the process and its database --------------------------------------------------------------

    private static Connection database() throws Exception {
        int port = Integer.parseInt(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"))
                .get(3)
                .strip());
        String password = Files.readString(dataDir.resolve("keys/postgres-probity.password"))
                .strip();
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/probity", "probity", password);
    }

    private static long queryLong(String sql) throws Exception {
        return Long.parseLong(queryString(sql));
    }

    private static String queryString(String sql) throws Exception {
        try (Connection db = database();
                PreparedStatement statement = db.prepareStatement(sql);
                ResultSet rs = statement.executeQuery()) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
