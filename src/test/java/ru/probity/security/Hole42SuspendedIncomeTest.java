package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.access.CurrentUserHolder;
import ru.probity.declarations.PublicationSwitch;
import ru.probity.portal.PortalMenu;
import ru.probity.portal.PublicPage;
import ru.probity.portal.PublicSection;

/**
 * Hole 42 (issue 21): the income subsection of an organization's public section must not serve the
 * extracts of a campaign published before Указ №968 suspended publication (or published by a hand
 * that changed the table): while publication is off, its pages are the explanation alone — no year, no
 * post, no income — the site map lists only the subsection's page, and the spreadsheet is refused.
 */
@Tag("security")
class Hole42SuspendedIncomeTest extends SecurityTest {

    @Autowired
    PublicationSwitch publicationSwitch;

    @Autowired
    PortalMenu menu;

    @Test
    void aSuspendedIncomePageShowsNoFiguresEvenOfACampaignPublishedBefore() throws Exception {
        publicationSwitch.set(
                ((CurrentUserHolder) users.loadUserByUsername("region.admin")).currentUser(), false, null);
        // a campaign of the demo marked published, as before the suspension
        Map<String, Object> filed = jdbc.sql("""
                select d.organization_id, d.year, ob.post, ob.campaign_id from declaration d
                join declaration_obligation ob on ob.id = d.obligation_id
                where d.is_current and ob.campaign_id is not null and ob.post is not null
                order by d.id limit 1""").query().singleRow();
        long organization = ((Number) filed.get("organization_id")).longValue();
        int year = ((Number) filed.get("year")).intValue();
        long campaign = ((Number) filed.get("campaign_id")).longValue();
        jdbc.sql("update declaration_campaign set published_at = now(), published_by = 'before968' where id = ?")
                .param(campaign)
                .update();
        try {
            for (String path :
                    List.of("/public/" + organization + "/income", "/public/" + organization + "/income/" + year)) {
                String html = mvc.perform(get(path))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
                assertThat(html)
                        .contains("id=\"income-suspended\"")
                        .doesNotContain(
                                (String) filed.get("post"),
                                "id=\"extract\"",
                                "id=\"income-years\"",
                                "Декларированный годовой доход",
                                ".xlsx");
            }
            PublicSection income = menu.sections().stream()
                    .filter(s -> s.id().equals("income"))
                    .findFirst()
                    .orElseThrow();
            assertThat(income.pages(organization))
                    .extracting(PublicPage::path)
                    .containsExactly("/public/" + organization + "/income");
            mvc.perform(get("/public/declarations/" + organization + "/" + year + ".xlsx"))
                    .andExpect(status().isConflict());
        } finally {
            jdbc.sql("update declaration_campaign set published_at = null, published_by = null where id = ?")
                    .param(campaign)
                    .update();
        }
    }
}
