package ru.probity.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.probity.IntegrationTest;

/**
 * The public section's own pages as a citizen and as Kaluga's officer use them: the list of the
 * organizations, Kaluga's home with its intro and latest news, an officer's new page placed under
 * «Иная информация» appearing in the menu, the site map and the search, its versions, withdrawal and
 * the publication log; the news with the Atom feed; the version for the visually impaired switched by
 * a link; the embeddable page; the static export.
 */
class PortalTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    PortalExport export;

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private Document officerPage(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(as("kaluga.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void theListAndKalugasHomeShowTheDemoSection() throws Exception {
        long kaluga = organizationId(KALUGA);
        Document list = page("/public");
        assertThat(list.select("#portal-organizations a").eachText()).contains(KALUGA, OBNINSK);
        Document home = page("/public/" + kaluga);
        assertThat(home.getElementById("portal-organization").text()).isEqualTo(KALUGA);
        assertThat(home.getElementById("portal-intro").text()).contains("городского округа «Город Калуга»");
        assertThat(home.select("#portal-latest-news li")).hasSize(3);
        assertThat(home.select("#portal-menu a").eachText()).contains("Новости", "Ответственное подразделение");
        assertThat(home.select("h1")).hasSize(1);
    }

    @Test
    void anOfficersPageIsPublishedVersionedFoundAndWithdrawn() throws Exception {
        long kaluga = organizationId(KALUGA);
        assertThat(officerPage("/portal").getElementById("office-organization").text())
                .isEqualTo(KALUGA);
        mvc.perform(post("/portal/pages")
                        .param("organization", String.valueOf(kaluga))
                        .param("title", "Порядок проверки жалоб")
                        .param("slug", "proverka-zhalob")
                        .param("menuSection", "other")
                        .param("position", "30")
                        .param("body", "Жалобы рассматриваются комиссией в течение тридцати дней.")
                        .param("published", "true")
                        .with(as("kaluga.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from portal_page where slug = 'proverka-zhalob'")
                .query(Long.class)
                .single();
        String path = "/public/" + kaluga + "/page/proverka-zhalob";

        Document shown = page(path);
        assertThat(shown.select("h1").text()).isEqualTo("Порядок проверки жалоб");
        assertThat(shown.getElementById("portal-page-body").select("p").text()).contains("тридцати дней");
        assertThat(shown.select("#portal-menu a").eachText()).contains("Порядок проверки жалоб");

        String sitemap = mvc.perform(get("/public/sitemap.xml"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(sitemap).contains("<loc>http://localhost:8080" + path + "</loc>");
        assertThat(sitemap).contains("/public/" + kaluga + "/news/");

        Document found = page("/public/" + kaluga + "/search?q=жалобы комиссией");
        assertThat(found.select("#search-results a").eachAttr("href")).contains(path);
        Document newsFound = page("/public/" + kaluga + "/search?q=открытые уроки");
        assertThat(newsFound.select("#search-results a").eachText())
                .contains("Открытый урок к Международному дню борьбы с коррупцией");
        assertThat(page("/public/" + kaluga + "/search?q=несуществующееслово").getElementById("search-none"))
                .isNotNull();

        mvc.perform(post("/portal/pages/" + id)
                        .param("title", "Порядок рассмотрения жалоб")
                        .param("slug", "proverka-zhalob")
                        .param("menuSection", "other")
                        .param("position", "30")
                        .param("body", "<p>Жалобы рассматриваются в течение 30 дней.</p>")
                        .param("published", "true")
                        .with(as("kaluga.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(officerPage("/portal/pages/" + id).select("#versions tbody tr"))
                .hasSize(2);

        mvc.perform(post("/portal/pages/" + id)
                        .param("title", "Порядок рассмотрения жалоб")
                        .param("slug", "proverka-zhalob")
                        .param("menuSection", "other")
                        .param("body", "<p>Жалобы рассматриваются в течение 30 дней.</p>")
                        .with(as("kaluga.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(path)).andExpect(status().isNotFound());

        // version 1 brought back: published again under its first title, as version 4
        long first = jdbc.sql("select id from portal_page_version where page_id = ? and number = 1")
                .param(id)
                .query(Long.class)
                .single();
        mvc.perform(post("/portal/pages/" + id + "/versions/" + first + "/restore")
                        .with(as("kaluga.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(path).select("h1").text()).isEqualTo("Порядок проверки жалоб");
        assertThat(officerPage("/portal/pages/" + id).select("#versions tbody tr"))
                .hasSize(4);
        mvc.perform(post("/portal/pages/" + id + "/versions/" + first + "/restore")
                        .with(as("obninsk.officer"))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        Document log = officerPage("/portal/log?organization=" + kaluga);
        assertThat(log.select("#log tbody tr").eachText())
                .anyMatch(row -> row.contains("Снята с публикации") && row.contains("Порядок рассмотрения жалоб"))
                .anyMatch(row -> row.contains("Изменена") && row.contains("Порядок рассмотрения жалоб"))
                .anyMatch(row -> row.contains("Опубликована") && row.contains("Порядок проверки жалоб"));
    }

    @Test
    void aRefusedFormSaysWhatIsWrongInRussian() throws Exception {
        long kaluga = organizationId(KALUGA);
        Document refused = Jsoup.parse(mvc.perform(post("/portal/pages")
                        .param("organization", String.valueOf(kaluga))
                        .param("title", "")
                        .param("slug", "Плохой адрес")
                        .param("menuSection", "other")
                        .param("body", "<script>alert(1)</script>")
                        .with(as("kaluga.officer"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(refused.select(".alert-danger").text())
                .contains("Укажите заголовок")
                .contains("Адрес страницы")
                .contains("Текст пуст");
    }

    @Test
    void theNewsHaveAnAtomFeed() throws Exception {
        long kaluga = organizationId(KALUGA);
        var response = mvc.perform(get("/public/" + kaluga + "/news.atom"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("application/atom+xml");
        Document feed = Jsoup.parse(response.getContentAsString(), "", org.jsoup.parser.Parser.xmlParser());
        assertThat(feed.select("feed > entry")).hasSize(3);
        assertThat(feed.select("feed > entry > title").eachText())
                .contains("Прием сведений о доходах муниципальных служащих");
        assertThat(page("/public/" + kaluga + "/news").select("#portal-news li"))
                .hasSize(3);
    }

    @Test
    void theVersionForTheVisuallyImpairedAndTheEmbeddedPage() throws Exception {
        long kaluga = organizationId(KALUGA);
        Document normal = page("/public/" + kaluga);
        assertThat(normal.body().hasClass("portal-accessible")).isFalse();
        assertThat(normal.getElementById("portal-accessible-on").attr("href"))
                .startsWith("/public/accessibility?on=1&back=")
                .contains(String.valueOf(kaluga));
        Document accessible = Jsoup.parse(mvc.perform(get("/public/" + kaluga).cookie(new Cookie("PORTAL-A11Y", "1")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(accessible.body().hasClass("portal-accessible")).isTrue();
        assertThat(accessible.getElementById("portal-accessible-off")).isNotNull();

        Document embedded = page("/public/" + kaluga + "?embed=1");
        assertThat(embedded.select("header")).isEmpty();
        assertThat(embedded.getElementById("portal-menu")).isNull();
        assertThat(embedded.getElementById("portal-intro")).isNotNull();
    }

    @Test
    void theStaticExportHasEveryPageWithRelativeLinks() throws Exception {
        long kaluga = organizationId(KALUGA);
        byte[] zip = export.zip(kaluga, "http://127.0.0.1:" + port);
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files)
                .containsKeys(
                        "index.html",
                        "news.html",
                        "page-podrazdelenie.html",
                        "css/probity.css",
                        "css/bootstrap.min.css");
        Document index = Jsoup.parse(files.get("index.html"));
        assertThat(index.select("script")).isEmpty();
        assertThat(index.select("link[rel=stylesheet]").eachAttr("href")).contains("css/probity.css");
        assertThat(index.select("#portal-menu a").eachAttr("href")).contains("news.html", "page-podrazdelenie.html");
    }
}
