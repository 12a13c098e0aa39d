package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hole 48 (issue 21, item 4): the participants of a public discussion are personal data of citizens
 * (152-ФЗ). An officer of another subtree (Obninsk), or of a body below the organizer (УГХ under
 * Kaluga), does not see the discussion, its participants or its minutes and cannot cancel a
 * registration — not found, nothing logged as read; the auditor reads but cancels nothing; an
 * employee has no such pages.
 */
@Tag("security")
class Hole48DiscussionParticipantsTest extends SecurityTest {

    private long upcoming() {
        return jdbc.sql("select id from civil_discussion where topic like '%проекта плана%' and owner_id = ?")
                .param(organizationId(KALUGA))
                .query(Long.class)
                .single();
    }

    private int reads(String username) {
        return jdbc.sql("""
                select count(*) from access_log where username = ? and subject_type = 'DISCUSSION_PARTICIPANT'""").param(username).query(Integer.class).single();
    }

    @Test
    void anOfficerOfAnotherSubtreeSeesNoParticipants() throws Exception {
        long id = upcoming();
        for (String outsider : new String[] {"obninsk.officer", "ugh.officer"}) {
            assertThat(mvc.perform(get("/civil/discussions/" + id + "/participants")
                                    .with(as(outsider)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(mvc.perform(get("/civil/discussions/" + id).with(as(outsider)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .isEqualTo(404);
            assertThat(mvc.perform(get("/civil/discussions").with(as(outsider)))
                            .andReturn()
                            .getResponse()
                            .getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                    .doesNotContain("проекта плана противодействия коррупции города Калуги");
            long participant = jdbc.sql("select min(id) from civil_participant where discussion_id = ?")
                    .param(id)
                    .query(Long.class)
                    .single();
            var cancel = mvc.perform(post("/civil/discussions/" + id + "/participants/" + participant + "/cancel")
                            .with(as(outsider))
                            .with(csrf()))
                    .andReturn();
            assertThat(cancel.getResponse().getStatus()).isIn(302, 404);
            assertThat(jdbc.sql("select count(*) from civil_participant where id = ?")
                            .param(participant)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
            assertThat(reads(outsider)).isZero();
        }
    }

    @Test
    void theAuditorReadsButCancelsNothingAndAnEmployeeHasNoPage() throws Exception {
        long id = upcoming();
        assertThat(mvc.perform(get("/civil/discussions/" + id + "/participants").with(as("region.auditor")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(reads("region.auditor")).isPositive();
        long participant = jdbc.sql("select min(id) from civil_participant where discussion_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        assertThat(mvc.perform(post("/civil/discussions/" + id + "/participants/" + participant + "/cancel")
                                .with(as("region.auditor"))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/civil/discussions/" + id + "/participants").with(as("ugh.employee")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/civil").with(as("ugh.employee")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
