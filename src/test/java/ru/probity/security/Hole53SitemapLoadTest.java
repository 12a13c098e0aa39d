package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hole 53 (issue 21, the public section): {@code /public/sitemap.xml} asks every subsection of every
 * organization of the region (for the demo's 285 organizations some four thousand queries, a second of
 * the database), without an account — each anonymous request rebuilt it. It is now built once and
 * served as built until something is published, changed or withdrawn (a new entry of the publication
 * log) or ten minutes pass: a row written past the publication log does not show at once (the map was
 * not rebuilt), a news item an officer publishes does.
 */
@Tag("security")
class Hole53SitemapLoadTest extends SecurityTest {

    private String sitemap() throws Exception {
        return mvc.perform(get("/public/sitemap.xml"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long news(String title) {
        return jdbc.sql("select id from portal_news where title = ?")
                .param(title)
                .query(Long.class)
                .single();
    }

    /** The demo's news stay as they were for the other tests (the database is shared). */
    @AfterEach
    void removeTheNews() {
        jdbc.sql("""
                delete from portal_publication_log where section = 'news' and title in
                  ('Мимо журнала', 'Приём граждан по вопросам коррупции')""").update();
        jdbc.sql("delete from portal_news where title in ('Мимо журнала', 'Приём граждан по вопросам коррупции')")
                .update();
    }

    @Test
    void theSitemapIsNotRebuiltForEveryAnonymousRequest() throws Exception {
        long kaluga = organizationId(KALUGA);
        sitemap();
        jdbc.sql("""
                insert into portal_news (organization_id, title, news_date, body, body_text, published, created_by,
                                         updated_by)
                values (?, 'Мимо журнала', current_date, '<p>текст</p>', 'текст', true, 'test', 'test')""").params(kaluga).update();
        long quiet = news("Мимо журнала");
        assertThat(sitemap()).doesNotContain("/public/" + kaluga + "/news/" + quiet + "<");

        mvc.perform(post("/portal/news")
                        .param("organization", String.valueOf(kaluga))
                        .param("title", "Приём граждан по вопросам коррупции")
                        .param("date", "")
                        .param("body", "Приём ведёт начальник отдела.")
                        .param("published", "true")
                        .with(as("kaluga.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        long published = news("Приём граждан по вопросам коррупции");
        String rebuilt = sitemap();
        assertThat(rebuilt).contains("/public/" + kaluga + "/news/" + published + "<");
        assertThat(rebuilt).contains("/public/" + kaluga + "/news/" + quiet + "<");
    }
}
