package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hole 45 (issue 21): the council's public pages. A meeting not published is not found publicly,
 * nor is a published meeting under another organization's address; the public pages show the
 * members' names, posts, bodies and roles only — no attendance, no replacements, no members who left,
 * no marks of the registry, no materials or reports — and the officers' pages stay behind sign-in.
 */
@Tag("security")
class Hole45CouncilPublicTest extends SecurityTest {

    long meeting(String status) {
        return jdbc.sql("""
                        select m.id from council_meeting m join council c on c.id = m.council_id
                        join organization o on o.id = c.organization_id
                        where o.parent_id is null and m.status = ? order by m.id limit 1""").param(status).query(Long.class).single();
    }

    long root() {
        return jdbc.sql("select id from organization where parent_id is null order by id limit 1")
                .query(Long.class)
                .single();
    }

    @Test
    void aMeetingNotPublishedIsNotFoundPublicly() throws Exception {
        long root = root();
        mvc.perform(get("/public/" + root + "/council/meetings/" + meeting("ANNOUNCED")))
                .andExpect(status().isNotFound());
        long held = meeting("HELD");
        mvc.perform(get("/public/" + root + "/council/meetings/" + held)).andExpect(status().isOk());
        mvc.perform(get("/public/" + organizationId(KALUGA) + "/council/meetings/" + held))
                .andExpect(status().isNotFound());
        mvc.perform(get("/public/" + organizationId(KALUGA) + "/council")).andExpect(status().isNotFound());
        // withdrawn, it is gone
        jdbc.sql("update council_meeting set published = false where id = ?")
                .param(held)
                .update();
        try {
            mvc.perform(get("/public/" + root + "/council/meetings/" + held)).andExpect(status().isNotFound());
            mvc.perform(get("/public/" + root + "/council")).andExpect(status().isNotFound());
        } finally {
            jdbc.sql("update council_meeting set published = true where id = ?")
                    .param(held)
                    .update();
        }
    }

    @Test
    void thePublicPagesShowNoPersonalDataBeyondNameAndPost() throws Exception {
        long root = root();
        String council = mvc.perform(get("/public/" + root + "/council"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String meeting = mvc.perform(get("/public/" + root + "/council/meetings/" + meeting("HELD")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        for (String page : new String[] {council, meeting}) {
            assertThat(page)
                    .doesNotContain("Медведев") // left the council
                    .doesNotContain("Семёнов") // a replacement at the meeting
                    .doesNotContain("Отсутствовал", "Присутствовал")
                    .doesNotContain("из реестра", "Карточка")
                    .doesNotContain("Справка о мониторинге сайтов") // a material
                    .doesNotContain("Единый урок проведён") // an executor's report
                    .doesNotContainPattern("\\+7|8 \\(\\d{3}\\)|@[a-z]+\\.")
                    .doesNotContain("kaluga.officer", "region.admin");
        }
        // the registry's members are shown by name and post only: no birth date of their cards
        var births = jdbc.sql("""
                        select to_char(e.birth_date, 'DD.MM.YYYY') from council_member m join employee e on e.id = m.employee_id
                        where e.birth_date is not null""").query(String.class).list();
        for (String birth : births) {
            assertThat(council).doesNotContain(birth);
        }
        mvc.perform(get("/council")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/council/meetings/" + meeting("HELD") + "/minutes.docx"))
                .andExpect(status().is3xxRedirection());
    }
}
