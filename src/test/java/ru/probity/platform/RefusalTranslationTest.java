package ru.probity.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import ru.probity.IntegrationTest;

/**
 * The one page advice and the one API advice: a refused form goes back to the page it came from
 * (never to another site), a missing record is the 404 page, and the API answers refusals as
 * problem details with the Russian text and the wrong fields.
 */
class RefusalTranslationTest extends IntegrationTest {

    private static final String YEAR_REFUSED = "отчётный год должен быть не раньше 2000 и не позже "
            + java.time.LocalDate.now().getYear();

    @Test
    void aRefusedFormGoesBackToItsPageWithTheReason() throws Exception {
        var back = mvc.perform(post("/declarations/campaigns")
                        .param("year", "1999")
                        .header("Referer", "http://localhost/declarations?tab=campaigns")
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(back.getResponse().getRedirectedUrl()).isEqualTo("/declarations?tab=campaigns");
        assertThat(back.getFlashMap().get("problem")).isEqualTo(YEAR_REFUSED);
    }

    @Test
    void aRefusedFormNeverRedirectsToAnotherSite() throws Exception {
        for (String referer : new String[] {"https://evil.example/phish", "//evil.example/x", "not a uri at all"}) {
            var back = mvc.perform(post("/declarations/campaigns")
                            .param("year", "1999")
                            .header("Referer", referer)
                            .with(as("ugh.officer"))
                            .with(csrf()))
                    .andExpect(status().is3xxRedirection())
                    .andReturn();
            assertThat(back.getResponse().getRedirectedUrl()).as(referer).isEqualTo("/declarations/campaigns");
            assertThat(back.getFlashMap().get("problem")).isEqualTo(YEAR_REFUSED);
        }
    }

    @Test
    void aMissingRecordIsTheNotFoundPage() throws Exception {
        mvc.perform(get("/people/99999999").with(as("kaluga.officer")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Страница не найдена")));
    }

    @Test
    void theApiAnswersRefusalsAsProblemDetails() throws Exception {
        mvc.perform(get("/api/v1/employees/99999999").with(httpBasic("kaluga.officer", DEMO_PASSWORD)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Запрошенная запись не существует или была удалена."));
        mvc.perform(post("/api/v1/employees")
                        .with(httpBasic("kaluga.officer", DEMO_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"organizationId": %d, "lastName": "", "firstName": "", "post": "",
                                 "declarationRequired": false, "headOfCustomer": false, "contractServiceHead": false,
                                 "contractManager": false, "procurementCommissionMember": false}""".formatted(organizationId("Городской округ «Город Калуга»"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Данные не прошли проверку"))
                .andExpect(jsonPath("$.errors.lastName").value("Укажите фамилию"))
                .andExpect(jsonPath("$.errors.post").value("Укажите должность"));
    }
}
