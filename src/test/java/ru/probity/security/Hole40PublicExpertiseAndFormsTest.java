package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hole 40 (issue 21, the expertise and the forms of an organization's public section): another
 * municipality's section and feed list none of Kaluga's drafts; an unknown organization, a kind of form that is not filed by the employee (a new employer's notice) or not a kind at all
 * are a 404, never a file with someone else's name.
 */
@Tag("security")
class Hole40PublicExpertiseAndFormsTest extends SecurityTest {

    private String body(String path) throws Exception {
        return mvc.perform(get(path))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anotherMunicipalitysSectionListsNoneOfKalugasDrafts() throws Exception {
        String draft = "Об утверждении порядка предоставления субсидий на благоустройство дворовых территорий";
        long obninsk = organizationId(OBNINSK);
        assertThat(body("/public/" + organizationId(KALUGA) + "/expertise")).contains(draft);
        // Other test classes may publish Obninsk's own drafts on the shared database: only Kaluga's must be absent.
        assertThat(body("/public/" + obninsk + "/expertise")).doesNotContain(draft);
        assertThat(body("/public/" + obninsk + "/expertise/feed.atom")).doesNotContain(draft);
    }

    @Test
    void unknownOrganizationsAndKindsAreNotFound() throws Exception {
        long kaluga = organizationId(KALUGA);
        mvc.perform(get("/public/999999999/forms/gift.docx")).andExpect(status().isNotFound());
        mvc.perform(get("/public/999999999/expertise/feed.atom")).andExpect(status().isNotFound());
        mvc.perform(get("/public/999999999/acts")).andExpect(status().isNotFound());
        mvc.perform(get("/public/" + kaluga + "/forms/new-employer-notice.docx"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/public/" + kaluga + "/forms/passwords.docx")).andExpect(status().isNotFound());
    }
}
