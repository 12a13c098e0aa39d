package ru.probity.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.IntegrationTest;
import ru.probity.portal.PublicPage;
import ru.probity.reports.engine.ProofOfWork;

/**
 * Issue 21: the feedback subsection of the public section — how to report (the organization's contacts
 * from the registry, the rules of 59-ФЗ in plain words) and the reception's form with the organization
 * chosen, posting to the reception as before.
 */
class FeedbackSectionTest extends IntegrationTest {

    @Autowired
    FeedbackSection section;

    private String page(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theDepartmentsFeedbackHasItsContactsTheRulesAndTheFormWithItChosen() throws Exception {
        long ugh = organizationId(UGH);
        var html = Jsoup.parse(page("/public/" + ugh + "/feedback"));
        String phone = jdbc.sql("select phone from organization where id = ?")
                .param(ugh)
                .query(String.class)
                .single();
        String email = jdbc.sql("select email from organization where id = ?")
                .param(ugh)
                .query(String.class)
                .single();
        assertThat(html.select("#feedback-contacts").text()).contains(UGH, phone, email);
        assertThat(html.select("#feedback-rules").text())
                .contains(
                        "в течение трёх дней",
                        "в течение 30 дней",
                        "Анонимные сообщения принимаются, но ответ на них не даётся",
                        "не разглашаются без вашего согласия");
        var form = html.selectFirst("form#report-form");
        assertThat(form).isNotNull();
        assertThat(form.attr("action")).isEqualTo("/public/reports");
        assertThat(form.select("input[name=_csrf]")).isNotEmpty();
        assertThat(form.select("input[name=challenge]").attr("value")).isNotBlank();
        assertThat(form.select("select#organizationId option[selected]").attr("value"))
                .isEqualTo(String.valueOf(ugh));
        // every input has its label
        for (var input : form.select("input:not([type=hidden]), select, textarea")) {
            assertThat(html.select("label[for=" + input.id() + "]"))
                    .as(input.id())
                    .isNotEmpty();
        }
        assertThat(section.pages(ugh)).extracting(PublicPage::path).containsExactly("/public/" + ugh + "/feedback");
    }

    @Test
    void theFormOfTheFeedbackPageSendsAReportToTheChosenOrganizationAndGivesTheReceipt() throws Exception {
        long ugh = organizationId(UGH);
        var html = Jsoup.parse(page("/public/" + ugh + "/feedback"));
        var form = html.selectFirst("form#report-form");
        String challenge = form.select("input[name=challenge]").attr("value");
        String organization =
                form.select("select#organizationId option[selected]").attr("value");
        var sent = mvc.perform(multipart(form.attr("action"))
                        .param("organizationId", organization)
                        .param("topic", "BRIBERY")
                        .param("text", "Сообщение из раздела «Обратная связь» управления")
                        .param("challenge", challenge)
                        .param("solution", ProofOfWork.solve(challenge))
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("127.0.41.7");
                            return request;
                        }))
                .andExpect(status().isOk())
                .andReturn();
        String receipt = PublicReception.receipt(sent);
        assertThat(receipt).hasSize(24);
        assertThat(jdbc.sql("select organization_id from report order by id desc limit 1")
                        .query(Long.class)
                        .single())
                .isEqualTo(ugh);
    }

    @Test
    void aCityWithoutContactsOfItsOwnShowsThoseOfItsAdministration() throws Exception {
        long kaluga = organizationId(KALUGA);
        var html = Jsoup.parse(page("/public/" + kaluga + "/feedback"));
        assertThat(html.select("#feedback-contacts").text()).contains("Городская Управа", "@kaluga.example");
        assertThat(html.select("select#organizationId option[selected]").attr("value"))
                .isEqualTo(String.valueOf(kaluga));
    }

    @Test
    void theReceptionsOwnFormPreselectsTheOrganizationOfItsLink() throws Exception {
        long obninsk = organizationId(OBNINSK);
        var html = Jsoup.parse(page("/public/reports/new?organization=" + obninsk));
        assertThat(html.select("select#organizationId option[selected]").attr("value"))
                .isEqualTo(String.valueOf(obninsk));
    }
}
