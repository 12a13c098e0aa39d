package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hole 38 (issue 21, the public acts): only an officer of the keeping organization or above marks an
 * act public — not an officer of another municipality (he does not even see it), not an officer of a
 * body below, not a head or an employee, not without the CSRF token; an act not marked public, and a
 * public act asked for under another organization's address, is a 404 on {@code /public}, page and file.
 */
@Tag("security")
class Hole38PublicActsTest extends SecurityTest {

    private long act(String number) {
        return jdbc.sql("select id from legal_act where number = ?")
                .param(number)
                .query(Long.class)
                .single();
    }

    private boolean isPublic(long id) {
        return jdbc.sql("select public_since is not null from legal_act where id = ?")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    @Test
    void onlyTheKeepersOfficerPublishesAnAct() throws Exception {
        long ughAct = act("41-од"); // UGH's local act, not public in the demo
        long kalugaAct = act("118-п"); // Kaluga's, public in the demo
        mvc.perform(post("/acts/" + ughAct + "/public")
                        .param("published", "true")
                        .with(csrf())
                        .with(as("obninsk.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/acts/" + kalugaAct + "/public")
                        .param("published", "false")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().isForbidden());
        for (String reader : new String[] {"ugh.head", "ugh.employee", "region.auditor"}) {
            mvc.perform(post("/acts/" + ughAct + "/public")
                            .param("published", "true")
                            .with(csrf())
                            .with(as(reader)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/acts/" + ughAct + "/public")
                        .param("published", "true")
                        .with(as("ugh.officer")))
                .andExpect(status().isForbidden());
        assertThat(isPublic(ughAct)).isFalse();
        assertThat(isPublic(kalugaAct)).isTrue();
    }

    @Test
    void anActNotPublicOrOfAnotherOrganizationIsNotFoundOnThePublicSection() throws Exception {
        long ugh = organizationId(UGH);
        long kaluga = organizationId(KALUGA);
        long obninsk = organizationId(OBNINSK);
        long ughAct = act("41-од");
        long kalugaAct = act("118-п");
        mvc.perform(get("/public/" + ugh + "/acts/" + ughAct)).andExpect(status().isNotFound());
        mvc.perform(get("/public/" + ugh + "/acts/" + ughAct + "/versions/1/file"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/public/" + obninsk + "/acts/" + kalugaAct)).andExpect(status().isNotFound());
        mvc.perform(get("/public/" + obninsk + "/acts/" + kalugaAct + "/versions/1/file"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/public/" + ugh + "/acts/" + kalugaAct)).andExpect(status().isNotFound());
        mvc.perform(get("/public/" + kaluga + "/acts/" + kalugaAct + "/versions/99/file"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/public/" + kaluga + "/acts/" + kalugaAct)).andExpect(status().isOk());
        String list = mvc.perform(get("/public/" + ugh + "/acts"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(list).doesNotContain("41-од").contains("Акты в этом разделе пока не размещены.");
    }
}
