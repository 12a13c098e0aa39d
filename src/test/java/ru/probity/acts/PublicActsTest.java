package ru.probity.acts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.IntegrationTest;
import ru.probity.portal.PublicPage;
import ru.probity.portal.PublicSection;
import ru.probity.portal.PublicationLog;

/**
 * Issue 21 (Приказ Минтруда №530н, «Нормативные правовые и иные акты в сфере противодействия
 * коррупции»): an officer marks an act of his register public; a citizen without an account reads
 * the organization's list with its filters, the act's page with its requisites, versions and text,
 * and downloads the version's file; the site map and the site search know it; withdrawn, it is gone
 * and the publication log says who did what.
 */
class PublicActsTest extends IntegrationTest {

    @Autowired
    List<PublicSection> sections;

    @Autowired
    PublicationLog log;

    private PublicSection acts() {
        return sections.stream().filter(s -> s.id().equals("acts")).findFirst().orElseThrow();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private long kalugaAct(String number) {
        return jdbc.sql("select id from legal_act where number = ? and organization_id = ?")
                .params(number, organizationId(KALUGA))
                .query(Long.class)
                .single();
    }

    @Test
    void theDemoActsOfKalugaAndOfTheRegionAreReadByAnyone() throws Exception {
        long kaluga = organizationId(KALUGA);
        long act = kalugaAct("118-п");
        Document list = page("/public/" + kaluga + "/acts");
        assertThat(list.select("h1").text())
                .isEqualTo("Нормативные правовые и иные акты в сфере противодействия коррупции");
        assertThat(list.select("#public-acts").text()).contains("О порядке уведомления представителя нанимателя");
        assertThat(list.select("#portal-menu a[aria-current=page]").text())
                .isEqualTo("Нормативные правовые и иные акты в сфере противодействия коррупции");

        Document card = page("/public/" + kaluga + "/acts/" + act);
        assertThat(card.select("#public-act-requisites").text()).contains("Муниципальный правовой акт", "118-п");
        assertThat(card.select("#public-act-text").text()).isNotBlank();
        String file = card.select("#public-act-versions a").attr("href");
        assertThat(file).isEqualTo("/public/" + kaluga + "/acts/" + act + "/versions/1/file");
        byte[] content = mvc.perform(get(file))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(content).isNotEmpty();

        // the filters: a kind without acts, then the act's own year
        assertThat(page("/public/" + kaluga + "/acts?kind=LOCAL_ACT")
                        .select("#public-acts-empty")
                        .text())
                .isEqualTo("Актов с такими условиями не найдено.");
        int year = jdbc.sql("select extract(year from adopted_on)::int from legal_act where id = ?")
                .param(act)
                .query(Integer.class)
                .single();
        assertThat(page("/public/" + kaluga + "/acts?kind=MUNICIPAL_ACT&year=" + year)
                        .select("#public-acts")
                        .text())
                .contains("118-п");

        long region = jdbc.sql("select id from organization where parent_id is null")
                .query(Long.class)
                .single();
        assertThat(page("/public/" + region + "/acts").select("#public-acts").text())
                .contains("Методические рекомендации по организации проверки закупок")
                .doesNotContain("118-п");

        List<PublicPage> pages = acts().pages(kaluga);
        assertThat(pages.getFirst().path()).isEqualTo("/public/" + kaluga + "/acts");
        assertThat(pages).extracting(PublicPage::path).contains("/public/" + kaluga + "/acts/" + act);
        assertThat(acts().search(kaluga, "склонения к правонарушениям", 10))
                .extracting(h -> h.path())
                .contains("/public/" + kaluga + "/acts/" + act);
    }

    @Test
    void anOfficerPublishesAndWithdrawsAnActAndTheLogRecordsIt() throws Exception {
        long kaluga = organizationId(KALUGA);
        String created = mvc.perform(post("/acts")
                        .param("kind", "MUNICIPAL_ACT")
                        .param("number", "777-п")
                        .param("adoptedOn", "2026-03-02")
                        .param("title", "Об утверждении плана противодействия коррупции на 2026 год")
                        .param("status", "IN_FORCE")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long act = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        // without a file there is nothing to publish
        mvc.perform(post("/acts/" + act + "/public")
                        .param("published", "true")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/" + kaluga + "/acts/" + act)).andExpect(status().isNotFound());
        mvc.perform(multipart("/acts/" + act + "/versions")
                        .file(new MockMultipartFile(
                                "file",
                                "plan.txt",
                                "text/plain",
                                "План мероприятий по противодействию коррупции".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/acts/" + act + "/public")
                        .param("published", "true")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/public/" + kaluga + "/acts/" + act)
                        .select("#public-act-text")
                        .text())
                .isEqualTo("План мероприятий по противодействию коррупции");
        Document officerCard = Jsoup.parse(mvc.perform(get("/acts/" + act).with(as("kaluga.officer")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(officerCard.select("#public-state").text()).startsWith("Размещён на сайте с");
        assertThat(officerCard.select("#toggle-public").text()).isEqualTo("Снять с сайта");
        // a new version of a public act is on the site at once, and logged as a change
        mvc.perform(multipart("/acts/" + act + "/versions")
                        .file(new MockMultipartFile(
                                "file",
                                "plan-2.txt",
                                "text/plain",
                                "План мероприятий в новой редакции".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        Document updated = page("/public/" + kaluga + "/acts/" + act);
        assertThat(updated.select("#public-act-text").text()).isEqualTo("План мероприятий в новой редакции");
        assertThat(updated.select("#public-act-versions tbody tr")).hasSize(2);

        mvc.perform(post("/acts/" + act + "/public")
                        .param("published", "false")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/public/" + kaluga + "/acts/" + act)).andExpect(status().isNotFound());
        mvc.perform(get("/public/" + kaluga + "/acts/" + act + "/versions/1/file"))
                .andExpect(status().isNotFound());
        assertThat(log.recent(kaluga, 50).stream()
                        .filter(e -> e.path().equals("/public/" + kaluga + "/acts/" + act))
                        .map(e -> e.action() + ":" + e.by() + ":" + e.section())
                        .toList())
                .containsExactlyInAnyOrder(
                        "PUBLISHED:kaluga.officer:acts",
                        "UPDATED:kaluga.officer:acts",
                        "WITHDRAWN:kaluga.officer:acts");
    }
}
