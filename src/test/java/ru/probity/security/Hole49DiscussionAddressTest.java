package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import ru.probity.civil.CivilFixtures;

/**
 * Hole 49 (issue 21, items 3 and 4): the public pages are addressed by the organization, and a
 * record is shown only under its own organization's address. A discussion of Kaluga asked for (or
 * registered for) under Obninsk's address is not found and stores nothing, so that no organization's
 * section passes off another's announcement or collects registrations for it; a draft discussion is
 * not public at all; the minutes of a discussion without published results are not served.
 */
@Tag("security")
class Hole49DiscussionAddressTest extends SecurityTest {

    @Test
    void aDiscussionIsFoundOnlyUnderItsOwnOrganization() throws Exception {
        long kaluga = organizationId(KALUGA);
        long obninsk = organizationId(OBNINSK);
        long id = jdbc.sql("select id from civil_discussion where topic like '%проекта плана%' and owner_id = ?")
                .param(kaluga)
                .query(Long.class)
                .single();
        assertThat(mvc.perform(get("/public/" + obninsk + "/discussions/" + id))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        int before = jdbc.sql("select count(*) from civil_participant where discussion_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
        MvcResult sent =
                new CivilFixtures(mvc).register(kaluga, obninsk, id, "Подставной Участник", "fake@example.org", true);
        assertThat(sent.getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from civil_participant where discussion_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
        // the upcoming one has no public minutes
        assertThat(mvc.perform(get("/public/" + kaluga + "/discussions/" + id + "/minutes"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void aDraftDiscussionIsNotPublic() throws Exception {
        long kaluga = organizationId(KALUGA);
        long draft = jdbc.sql("""
                insert into civil_discussion (owner_id, topic, starts_at, place, registration_until, created_by, updated_by)
                values (?, 'Черновик обсуждения', now() + interval '5 days', 'Калуга', now() + interval '4 days', 'test', 'test')
                returning id""").param(kaluga).query(Long.class).single();
        assertThat(mvc.perform(get("/public/" + kaluga + "/discussions/" + draft))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/public/" + kaluga + "/discussions"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("Черновик обсуждения");
    }
}
