package ru.probity.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.IntegrationTest;
import ru.probity.platform.RegionTime;

/**
 * The register of agreements as the region keeps it and a municipality reads it: an agreement of
 * the region with Obninsk and a university for an indefinite term, found by the university's name;
 * an obligation of Obninsk past its term shows overdue, then done; a file attached and downloaded; a
 * party responsible for an obligation is not dropped; the termination makes it terminated; bad input
 * is refused in Russian; the demo's agreement with Kaluga is read by Kaluga's officer.
 */
class AgreementsTest extends IntegrationTest {

    @Autowired
    RegionTime regionTime;

    String page(String user, String url) throws Exception {
        return mvc.perform(get(url).with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long root() {
        return jdbc.sql("select organization_id from app_user where username = 'region.admin'")
                .query(Long.class)
                .single();
    }

    @Test
    void theRegionKeepsAnAgreementWithObligationsAndTerminatesIt() throws Exception {
        LocalDate today = regionTime.today();
        long obninsk = organizationId(OBNINSK);
        String location = mvc.perform(post("/agreements")
                        .param("number", "15-У")
                        .param("signedOn", today.minusYears(1).toString())
                        .param("subject", "О сотрудничестве в антикоррупционном просвещении")
                        .param("partyOrganizations", Long.toString(root()), Long.toString(obninsk))
                        .param("externalParties", "Калужский государственный университет\n\n")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("notice", "agreements.created"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        String card = page("region.admin", "/agreements/" + id);
        assertThat(card)
                .contains(
                        "Соглашение № 15-У",
                        "Действует",
                        "бессрочно",
                        OBNINSK,
                        "Калужский государственный университет");
        assertThat(page("region.admin", "/agreements?q=университет")).contains("15-У");
        assertThat(page("region.admin", "/agreements?q=университет&status=EXPIRED"))
                .doesNotContain("15-У");
        assertThat(page("obninsk.officer", "/agreements")).contains("15-У");

        long obninskParty = jdbc.sql("select id from agreement_party where agreement_id = ? and organization_id = ?")
                .params(id, obninsk)
                .query(Long.class)
                .single();
        mvc.perform(post("/agreements/" + id + "/obligations")
                        .param("text", "Организовать лекции для студентов")
                        .param("party", Long.toString(obninskParty))
                        .param("dueOn", today.minusDays(1).toString())
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("notice", "agreements.obligationAdded"));
        long obligation = jdbc.sql("select id from agreement_obligation where agreement_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        assertThat(page("obninsk.officer", "/agreements/" + id)).contains("Организовать лекции", "Просрочено");
        assertThat(page("region.admin", "/agreements?q=15-У")).contains("просрочено: 1");

        // the party responsible for an obligation stays
        mvc.perform(post("/agreements/" + id)
                        .param("number", "15-У")
                        .param("signedOn", today.minusYears(1).toString())
                        .param("subject", "О сотрудничестве в антикоррупционном просвещении")
                        .param("partyOrganizations", Long.toString(root()))
                        .param("externalParties", "Калужский государственный университет")
                        .header("Referer", "/agreements/" + id + "/edit")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(model().attribute("problem", containsString("отвечает за обязательства")));
        assertThat(page("region.admin", "/agreements/" + id)).contains(OBNINSK);

        mvc.perform(post("/agreements/" + id + "/obligations/" + obligation + "/done")
                        .param("doneOn", today.toString())
                        .param("note", "Прочитаны три лекции")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("notice", "agreements.saved"));
        assertThat(page("region.admin", "/agreements/" + id)).contains("Исполнено", "Прочитаны три лекции");

        mvc.perform(multipart("/agreements/" + id + "/files")
                        .file(new MockMultipartFile(
                                "file",
                                "Соглашение.txt",
                                "text/plain",
                                "Текст соглашения".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("notice", "agreements.fileAdded"));
        long file = jdbc.sql("select id from agreement_file where agreement_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        byte[] content = mvc.perform(get("/agreements/" + id + "/files/" + file).with(as("obninsk.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(content, StandardCharsets.UTF_8)).isEqualTo("Текст соглашения");
        mvc.perform(multipart("/agreements/" + id + "/files")
                        .file(new MockMultipartFile(
                                "file", "программа.exe", "application/octet-stream", new byte[] {0, 1, 2, 0}))
                        .header("Referer", "/agreements/" + id)
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("problem", containsString("не принят")));

        mvc.perform(post("/agreements/" + id + "/terminate")
                        .param("terminatedOn", today.toString())
                        .param("reason", "Соглашение сторон")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("notice", "agreements.terminated"));
        assertThat(page("region.admin", "/agreements/" + id)).contains("Расторгнуто", "Соглашение сторон");
        assertThat(page("region.admin", "/agreements?status=TERMINATED")).contains("15-У");
        // each status filters in the query: the demo's indefinite 7-С is active, 3/2018 expired
        assertThat(page("region.admin", "/agreements?status=ACTIVE"))
                .contains("7-С")
                .doesNotContain("3/2018", "15-У");
        assertThat(page("region.admin", "/agreements?status=EXPIRED"))
                .contains("3/2018")
                .doesNotContain("7-С", "15-У");
    }

    @Test
    void badInputIsRefusedInRussian() throws Exception {
        mvc.perform(post("/agreements")
                        .param("number", "1")
                        .param("signedOn", "2024-01-10")
                        .param("subject", "Одна сторона")
                        .param("partyOrganizations", Long.toString(root()))
                        .header("Referer", "/agreements/new")
                        .with(csrf())
                        .with(as("region.admin")))
                // the form comes back with what was typed
                .andExpect(model().attribute("problem", containsString("не менее двух")))
                .andExpect(content().string(containsString("Одна сторона")));
        mvc.perform(post("/agreements")
                        .param("number", "2")
                        .param("signedOn", "2024-01-10")
                        .param("validTo", "2023-12-31")
                        .param("subject", "Срок наоборот")
                        .param("externalParties", "Прокуратура\nУниверситет")
                        .header("Referer", "/agreements/new")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(model().attribute("problem", containsString("раньше его начала")))
                .andExpect(content().string(containsString("Срок наоборот")));
    }

    @Test
    void theDemoAgreementWithKalugaIsReadByItsOfficer() throws Exception {
        assertThat(page("kaluga.officer", "/agreements"))
                .contains("7-С", "О взаимодействии в области реализации мер по противодействию коррупции")
                .doesNotContain("3/2018");
        assertThat(page("region.auditor", "/agreements?q=Прокуратура")).contains("3/2018", "Срок истёк");
    }
}
