package ru.probity.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citizen's browser at the public reception of a running Probity, over real HTTP: it opens the
 * form (the proof-of-work challenge, the CSRF token and its cookie), posts the report as the form
 * does (multipart), reads the receipt off the page, and opens the reporter's page with it. One
 * client is one browser: its own cookies and, if given, its own source address. Used by the
 * durability test and the submission benchmark.
 */
final class ReceptionClient {

    static final Pattern RECEIPT = Pattern.compile("id=\"receipt\">([0-9A-Z-]{24})<");
    private static final Pattern CHALLENGE = Pattern.compile("name=\"challenge\" value=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern PROBLEM = Pattern.compile("class=\"alert alert-danger\"[^>]*>([^<]*)<");
    private static final Pattern ORGANIZATION = Pattern.compile("<option value=\"(\\d+)\"");

    private final String base;
    private final HttpClient http;

    ReceptionClient(String base, InetAddress localAddress) {
        this.base = base;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10));
        if (localAddress != null) {
            builder.localAddress(localAddress);
        }
        this.http = builder.build();
    }

    /** An opened form: what the browser got with the page. */
    record Form(String challenge, String csrf, long firstOrganizationId) {}

    Form open() throws IOException, InterruptedException {
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create(base + "/public/reports/new"))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() != 200) {
            throw new IOException("form: HTTP " + page.statusCode());
        }
        return new Form(
                find(CHALLENGE, page.body(), "challenge"),
                find(CSRF, page.body(), "CSRF token"),
                Long.parseLong(find(ORGANIZATION, page.body(), "organization")));
    }

    /** What came back from a post of the form: the status and the receipt shown, if any. */
    record Sent(int status, String receipt, long nanos, String problem) {}

    Sent submit(Form form, String solution, long organizationId, String text, Map<String, String> more)
            throws IOException, InterruptedException {
        return submit(form, solution, organizationId, text, more, null);
    }

    /** A file chosen in the form's file input. */
    record Attachment(String name, String contentType, byte[] content) {}

    Sent submit(Form form, String solution, long organizationId, String text, Map<String, String> more, Attachment file)
            throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", form.csrf());
        fields.put("challenge", form.challenge());
        fields.put("solution", solution);
        fields.put("organizationId", Long.toString(organizationId));
        fields.put("topic", "BRIBERY");
        fields.put("text", text);
        fields.putAll(more);
        String boundary = "----probity" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var field : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                            + "\"\r\n\r\n" + field.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        // the file input, empty when no file is chosen (the browser sends it all the same)
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
                        + (file == null ? "" : file.name()) + "\"\r\nContent-Type: "
                        + (file == null ? "application/octet-stream" : file.contentType()) + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        if (file != null) {
            body.writeBytes(file.content());
        }
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/public/reports"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        Matcher receipt = RECEIPT.matcher(response.body());
        Matcher problem = PROBLEM.matcher(response.body());
        return new Sent(
                response.statusCode(),
                receipt.find() ? receipt.group(1) : null,
                nanos,
                problem.find() ? problem.group(1) : null);
    }

    /** The reporter's page opened with a receipt: the status and the page. */
    HttpResponse<String> status(String receipt) throws IOException, InterruptedException {
        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(URI.create(base + "/public/reports/status"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String csrf = find(CSRF, form.body(), "CSRF token");
        // the look-up form has its proof of work too (issue 14, item 7)
        String challenge = find(CHALLENGE, form.body(), "challenge");
        return http.send(
                HttpRequest.newBuilder(URI.create(base + "/public/reports/status"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf="
                                + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&receipt="
                                + URLEncoder.encode(receipt, StandardCharsets.UTF_8) + "&challenge="
                                + URLEncoder.encode(challenge, StandardCharsets.UTF_8) + "&solution="
                                + ru.probity.reports.engine.ProofOfWork.solve(challenge)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String find(Pattern pattern, String html, String what) throws IOException {
        Matcher m = pattern.matcher(html);
        if (!m.find()) {
            throw new IOException("no " + what + " on the page");
        }
        return m.group(1);
    }
}
