package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hole 36 (issue 21): the pages and news of an organization's public section are edited only by the
 * regional administrator and the officers of its subtree. Obninsk's officer neither reads Kaluga's
 * drafts nor changes, publishes or deletes its pages and news (each call checks the subtree), a
 * department's officer does not edit the city above it, an employee and a head have no «Раздел на
 * сайте», and every change needs the CSRF token. Anyone reads only what is published.
 */
@Tag("security")
class Hole36PortalSubtreeTest extends SecurityTest {

    private long kalugaPage() {
        return jdbc.sql("""
                select p.id from portal_page p join organization o on o.id = p.organization_id
                where o.name = ? and p.slug = 'podrazdelenie'""").param(KALUGA).query(Long.class).single();
    }

    private long kalugaNews() {
        return jdbc.sql("""
                select min(n.id) from portal_news n join organization o on o.id = n.organization_id
                where o.name = ?""").param(KALUGA).query(Long.class).single();
    }

    @Test
    void anOfficerOfAnotherSubtreeCannotEditKalugasSection() throws Exception {
        long kaluga = organizationId(KALUGA);
        long page = kalugaPage();
        long news = kalugaNews();
        String before = jdbc.sql("select body from portal_page where id = ?")
                .param(page)
                .query(String.class)
                .single();

        mvc.perform(get("/portal").param("organization", String.valueOf(kaluga)).with(as("obninsk.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/portal/pages/" + page).with(as("obninsk.officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/portal/news/" + news).with(as("obninsk.officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/portal/log")
                        .param("organization", String.valueOf(kaluga))
                        .with(as("obninsk.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/portal/export.zip")
                        .param("organization", String.valueOf(kaluga))
                        .with(as("obninsk.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/portal/pages/" + page)
                        .param("title", "Взлом")
                        .param("slug", "podrazdelenie")
                        .param("menuSection", "other")
                        .param("body", "Чужой текст")
                        .param("published", "true")
                        .with(as("obninsk.officer"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/portal/pages")
                        .param("organization", String.valueOf(kaluga))
                        .param("title", "Чужая страница")
                        .param("slug", "chuzhaya")
                        .param("menuSection", "other")
                        .param("body", "Текст")
                        .param("published", "true")
                        .with(as("obninsk.officer"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/portal/pages/" + page + "/delete")
                        .with(as("obninsk.officer"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/portal/news/" + news + "/delete")
                        .with(as("obninsk.officer"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // a department's officer is below the city: not its editor
        mvc.perform(get("/portal/pages/" + page).with(as("ugh.officer"))).andExpect(status().isForbidden());

        assertThat(jdbc.sql("select body from portal_page where id = ?")
                        .param(page)
                        .query(String.class)
                        .single())
                .isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from portal_page where slug = 'chuzhaya'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from portal_news where id = ?")
                        .param(news)
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    @Test
    void onlyTheOfficersHaveTheSectionAndChangesNeedTheToken() throws Exception {
        mvc.perform(get("/portal").with(as("ugh.employee"))).andExpect(status().isForbidden());
        mvc.perform(get("/portal").with(as("ugh.head"))).andExpect(status().isForbidden());
        mvc.perform(get("/portal").with(as("region.auditor"))).andExpect(status().isForbidden());
        mvc.perform(get("/portal").with(as("kaluga.officer"))).andExpect(status().isOk());
        mvc.perform(post("/portal/pages/" + kalugaPage() + "/delete").with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from portal_page where id = ?")
                        .param(kalugaPage())
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    @Test
    void aDraftIsNotPublic() throws Exception {
        long kaluga = organizationId(KALUGA);
        mvc.perform(post("/portal/pages")
                        .param("organization", String.valueOf(kaluga))
                        .param("title", "Черновик страницы")
                        .param("slug", "hole36-draft")
                        .param("menuSection", "other")
                        .param("body", "Ещё не опубликовано")
                        .with(as("kaluga.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/" + kaluga + "/page/hole36-draft")).andExpect(status().isNotFound());
        long draftNews = jdbc.sql("""
                insert into portal_news (organization_id, title, news_date, body, body_text, published, created_by, updated_by)
                values (?, 'Черновик новости', current_date, '<p>тайна</p>', 'тайна', false, 'test', 'test') returning id""").param(kaluga).query(Long.class).single();
        mvc.perform(get("/public/" + kaluga + "/news/" + draftNews)).andExpect(status().isNotFound());
        // a news item is read only at its own organization's address
        mvc.perform(get("/public/" + organizationId(OBNINSK) + "/news/" + kalugaNews()))
                .andExpect(status().isNotFound());
    }
}
