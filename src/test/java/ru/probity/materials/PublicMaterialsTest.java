package ru.probity.materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.portal.PublicPage;
import ru.probity.portal.PublicSection;
import ru.probity.portal.PublicationLog;

/**
 * Issue 21 (Приказ Минтруда №530н, «Методические материалы»): the officer puts a published material
 * on the website; the organization's section and those below it list it with its newest version's
 * file, the site map and search know it; taken back to a draft, it leaves the website, and the
 * publication log says so.
 */
class PublicMaterialsTest extends IntegrationTest {

    @Autowired
    Materials materials;

    @Autowired
    List<PublicSection> sections;

    @Autowired
    PublicationLog log;

    private PublicSection section() {
        return sections.stream()
                .filter(s -> s.id().equals("materials"))
                .findFirst()
                .orElseThrow();
    }

    private CurrentUser user(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aMaterialOnTheWebsiteIsReadBelowItsKeeperUntilItIsTakenBack() throws Exception {
        CurrentUser officer = user("kaluga.officer");
        long id = materials.create(
                officer,
                new MaterialForm(
                        MaterialKind.RECOMMENDATIONS, "Памятка о запрете дарения подарков", "Для служащих", null));
        materials.addVersion(
                officer,
                id,
                "памятка.txt",
                "Служащему запрещено получать подарки в связи с исполнением должностных обязанностей."
                        .getBytes(StandardCharsets.UTF_8),
                null);
        materials.publish(officer, id, true);
        long kaluga = organizationId(KALUGA);
        long ugh = organizationId(UGH);
        mvc.perform(get("/public/" + kaluga + "/materials/" + id)).andExpect(status().isNotFound());

        mvc.perform(post("/materials/" + id + "/site")
                        .param("onSite", "true")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        Document list = page("/public/" + ugh + "/materials");
        assertThat(list.select("h1").text()).isEqualTo("Методические материалы");
        assertThat(list.select("#public-materials").text())
                .contains("Памятка о запрете дарения подарков")
                .contains("Обзор судебной практики по делам об увольнении в связи с утратой доверия");
        Document card = page("/public/" + ugh + "/materials/" + id);
        assertThat(card.select("#public-material-title").text()).isEqualTo("Памятка о запрете дарения подарков");
        byte[] file = mvc.perform(get(card.select("#public-material-file").attr("href")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(file, StandardCharsets.UTF_8)).startsWith("Служащему запрещено получать подарки");
        assertThat(section().pages(ugh))
                .extracting(PublicPage::path)
                .contains("/public/" + ugh + "/materials", "/public/" + ugh + "/materials/" + id);
        assertThat(section().search(ugh, "подарков", 10))
                .extracting(h -> h.path())
                .contains("/public/" + ugh + "/materials/" + id);

        materials.publish(officer, id, false);
        mvc.perform(get("/public/" + kaluga + "/materials/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/public/" + kaluga + "/materials/" + id + "/file")).andExpect(status().isNotFound());
        assertThat(log.recent(kaluga, 50).stream()
                        .filter(e -> e.path().equals("/public/" + kaluga + "/materials/" + id))
                        .map(e -> e.action() + ":" + e.by())
                        .toList())
                .containsExactlyInAnyOrder("PUBLISHED:kaluga.officer", "WITHDRAWN:kaluga.officer");
    }
}
