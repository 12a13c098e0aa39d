package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hole 18 (issue 18, item 1): any officer published declarations on the website although Указ №968
 * of 29.12.2022 suspends it. Now publication is off until the regional administrator enables it
 * with a legal basis; an officer, an auditor or an employee can neither enable it nor read its
 * settings, and the change needs the CSRF token.
 */
@Tag("security")
class Hole18PublicationSwitchTest extends SecurityTest {

    private int changes() {
        return jdbc.sql("select count(*) from declaration_publication_switch")
                .query(Integer.class)
                .single();
    }

    @Test
    void noneButTheRegionalAdministratorEnablesPublication() throws Exception {
        int before = changes();
        for (String who : new String[] {"ugh.officer", "region.auditor", "ugh.employee", "ugh.head"}) {
            mvc.perform(post("/declarations/publication-settings")
                            .param("enabled", "true")
                            .param("basis", "самовольно")
                            .with(as(who))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/declarations/publication-settings").with(as(who))).andExpect(status().isForbidden());
        }
        // the administrator without the CSRF token, and nobody signed in
        mvc.perform(post("/declarations/publication-settings")
                        .param("enabled", "true")
                        .param("basis", "без токена")
                        .with(as("region.admin")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/declarations/publication-settings")
                        .param("enabled", "true")
                        .param("basis", "аноним")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(changes()).isEqualTo(before);
    }
}
