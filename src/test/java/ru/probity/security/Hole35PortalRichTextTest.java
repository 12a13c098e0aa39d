package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import ru.probity.portal.text.RichText;

/**
 * Hole 35 (issue 21): the rich text of the public section's pages and news, typed by an officer and
 * shown to everyone, carries no active content — no {@code <script>}, no event handler such as
 * {@code onerror=}, no {@code javascript:} link — neither when it is saved nor when it is shown, even
 * if the stored text was written past the service.
 */
@Tag("security")
class Hole35PortalRichTextTest extends SecurityTest {

    private static final String ATTACK = """
            <h2>Заголовок</h2>
            <p onclick="steal()">Абзац <a href="javascript:alert(1)">ссылка</a>
            <a href="JaVaScRiPt:alert(2)">вторая</a> <a href="/public/reports">форма</a>
            <a href="https://example.org/doc">внешняя</a></p>
            <script>alert(3)</script><img src="x" onerror="alert(4)"><iframe src="https://evil.example"></iframe>
            <svg onload="alert(5)"></svg><style>body{display:none}</style>
            <a href="data:text/html;base64,PHNjcmlwdD4=">данные</a>""";

    private static void assertInert(String html) {
        Document page = Jsoup.parseBodyFragment(html);
        assertThat(page.select("script, style, iframe, svg, img, object, embed"))
                .isEmpty();
        assertThat(page.select("*").stream()
                        .flatMap(e -> e.attributes().asList().stream())
                        .map(a -> a.getKey().toLowerCase()))
                .noneMatch(k -> k.startsWith("on") || k.equals("style"));
        assertThat(html.toLowerCase()).doesNotContain("javascript:").doesNotContain("data:text");
    }

    @Test
    void theSanitizerKeepsTheTextAndDropsActiveContent() {
        String clean = RichText.sanitize(ATTACK);
        assertInert(clean);
        Document page = Jsoup.parseBodyFragment(clean);
        assertThat(page.select("h2").text()).isEqualTo("Заголовок");
        assertThat(page.select("a[href]").eachAttr("href"))
                .containsExactly("/public/reports", "https://example.org/doc");
        assertThat(page.text()).contains("ссылка", "вторая", "данные");
    }

    @Test
    void plainTextBecomesEscapedParagraphs() {
        String clean = RichText.sanitize("Первый абзац, где 3 < 5\n\nВторой & третий");
        assertThat(clean).contains("3 &lt; 5");
        assertThat(Jsoup.parseBodyFragment(clean).select("p")).hasSize(2);
    }

    @Test
    void anOfficersPageIsSanitizedOnSaveAndAgainOnShow() throws Exception {
        long kaluga = organizationId(KALUGA);
        mvc.perform(post("/portal/pages")
                        .param("organization", String.valueOf(kaluga))
                        .param("title", "Проверка разметки")
                        .param("slug", "hole35")
                        .param("menuSection", "other")
                        .param("position", "5")
                        .param("body", ATTACK)
                        .param("published", "true")
                        .with(as("kaluga.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        String stored = jdbc.sql("select body from portal_page where slug = 'hole35'")
                .query(String.class)
                .single();
        assertInert(stored);

        // written past the service: the page still shows no active content
        jdbc.sql("update portal_page set body = ? where slug = 'hole35'")
                .param(ATTACK)
                .update();
        String shown = mvc.perform(get("/public/" + kaluga + "/page/hole35"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertInert(Jsoup.parse(shown).getElementById("portal-page-body").html());
        assertThat(shown).contains("Абзац");
    }
}
