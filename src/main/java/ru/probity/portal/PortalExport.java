package ru.probity.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;
import ru.probity.platform.ProbityProperties;

/**
 * The static export of an organization's public section (docs/portal.md «Static export»): every page
 * of its site map, fetched from this very server as a visitor sees it, saved as a flat set of HTML
 * files ({@code index.html} the home) with the links between them rewritten to the files, the style
 * sheets and icon fonts in {@code css/}, no scripts; other links of Probity point to {@code
 * probity.base-url}. A page that does not answer 200 is left out.
 */
@Component
class PortalExport {

    /**
     * The style sheets the layout links (by the end of their name: the served addresses carry a
     * version), and where the export keeps them. The icon font is left out: the icons are decoration.
     */
    private static final Map<String, String> ASSETS = Map.of(
            "/webjars/bootstrap/dist/css/bootstrap.min.css", "css/bootstrap.min.css",
            "/css/probity.css", "css/probity.css");

    private final PublicSite site;
    private final String baseUrl;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    PortalExport(PublicSite site, ProbityProperties properties) {
        this.site = site;
        String base = properties.baseUrl();
        this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The ZIP of the organization's section, its pages fetched from {@code origin} (this server). */
    byte[] zip(long organizationId, String origin) {
        List<PublicPage> pages = site.pages(organizationId);
        Map<String, String> files = new LinkedHashMap<>();
        String home = "/public/" + organizationId;
        for (PublicPage page : pages) {
            files.putIfAbsent(page.path(), fileName(home, page.path(), files));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var asset : ASSETS.entrySet()) {
                byte[] content = fetch(origin + asset.getKey());
                if (content != null) {
                    put(zip, asset.getValue(), content);
                }
            }
            for (var file : files.entrySet()) {
                byte[] content = fetch(origin + file.getKey());
                if (content == null) {
                    continue;
                }
                String html = rewrite(new String(content, StandardCharsets.UTF_8), file.getKey(), files);
                put(zip, file.getValue(), html.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The file of a page: {@code index.html} for the home, else its path below the home, flattened. */
    static String fileName(String home, String path, Map<String, String> taken) {
        if (path.equals(home)) {
            return "index.html";
        }
        String rest = path.startsWith(home + "/") ? path.substring(home.length() + 1) : path.substring(1);
        String base = rest.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        if (base.isEmpty()) {
            base = "page";
        }
        String name = base + ".html";
        for (int n = 2; taken.containsValue(name); n++) {
            name = base + "-" + n + ".html";
        }
        return name;
    }

    private String rewrite(String html, String path, Map<String, String> files) {
        Document page = Jsoup.parse(html, "http://export.invalid" + path);
        page.select("script").remove();
        page.select("link[rel=icon]").remove();
        for (Element link : page.select("link[href]")) {
            String href = local(link.attr("href"));
            if (href == null) {
                continue;
            }
            String file = asset(href);
            if (file != null) {
                link.attr("href", file);
            } else if (href.contains("/webjars/") || href.startsWith("/css/")) {
                link.remove();
            } else {
                link.attr("href", baseUrl + href);
            }
        }
        for (Element a : page.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("#") || href.startsWith("mailto:")) {
                continue;
            }
            String target = local(a.absUrl("href"));
            if (target == null) {
                continue;
            }
            String fragment = "";
            int hash = target.indexOf('#');
            if (hash >= 0) {
                fragment = target.substring(hash);
                target = target.substring(0, hash);
            }
            String file = files.get(target);
            a.attr("href", file != null ? file + fragment : baseUrl + target + fragment);
        }
        for (Element form : page.select("form[action]")) {
            String action = local(form.absUrl("action"));
            if (action != null) {
                form.attr("action", baseUrl + action);
            }
        }
        return page.outerHtml();
    }

    /** The exported file of a style sheet the page links, or null. */
    private static String asset(String href) {
        String path = href.replaceAll("\\?.*$", "");
        if (path.endsWith("/bootstrap.min.css") && path.startsWith("/webjars/bootstrap/")) {
            return "css/bootstrap.min.css";
        }
        if (path.startsWith("/css/probity") && path.endsWith(".css")) {
            return "css/probity.css";
        }
        return null;
    }

    /** The path (with the query) of an address of this server, or null for another site. */
    private static String local(String url) {
        if (url.startsWith("/")) {
            return url;
        }
        String prefix = "http://export.invalid";
        return url.startsWith(prefix) ? url.substring(prefix.length()) : null;
    }

    private byte[] fetch(String url) {
        try {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
