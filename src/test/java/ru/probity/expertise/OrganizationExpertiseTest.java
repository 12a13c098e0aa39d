package ru.probity.expertise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.IntegrationTest;
import ru.probity.portal.PublicPage;
import ru.probity.portal.PublicSection;

/**
 * Issue 21 (Приказ Минтруда №530н, «Антикоррупционная экспертиза»): Kaluga's section lists the draft
 * of its department open for independent expertise today, linking to the draft's page with the forms,
 * with the figures of what the expertise produced and the organization's own Atom feed.
 */
class OrganizationExpertiseTest extends IntegrationTest {

    private static final String DRAFT =
            "Об утверждении порядка предоставления субсидий на благоустройство дворовых территорий";

    @Autowired
    List<PublicSection> sections;

    @Test
    void kalugasSectionListsTheDraftOpenTodayWithItsFeed() throws Exception {
        long kaluga = organizationId(KALUGA);
        Document page = Jsoup.parse(mvc.perform(get("/public/" + kaluga + "/expertise"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page.select("h1").text()).isEqualTo("Антикоррупционная экспертиза");
        var link = page.select("#drafts a").stream()
                .filter(a -> a.text().equals(DRAFT))
                .findFirst()
                .orElseThrow();
        assertThat(link.attr("href")).matches("/public/expertise/\\d+");
        mvc.perform(get(link.attr("href"))).andExpect(status().isOk());
        assertThat(Integer.parseInt(page.select("#figure-conclusions").text())).isPositive();

        String feed = mvc.perform(get("/public/" + kaluga + "/expertise/feed.atom"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(feed)
                .contains("<title>" + DRAFT + "</title>")
                .contains("/public/" + kaluga + "/expertise/feed.atom")
                .contains("Проекты для независимой антикоррупционной экспертизы: " + KALUGA);

        PublicSection section = sections.stream()
                .filter(s -> s.id().equals("expertise"))
                .findFirst()
                .orElseThrow();
        assertThat(section.pages(kaluga))
                .extracting(PublicPage::path)
                .containsExactly("/public/" + kaluga + "/expertise");
        assertThat(section.search(kaluga, "субсидий благоустройство", 50))
                .extracting(h -> h.title())
                .contains(DRAFT);
    }
}
