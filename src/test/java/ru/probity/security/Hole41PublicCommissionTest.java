package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hole 41 (issue 21): the commission's public subsection could have shown what its pages inside show —
 * whom a question concerned, what it was about, the materials, the decision's text, the members'
 * contacts, the meeting's place. Now the public reads only the composition (name, post, role), the day
 * and time of the next meetings and the decisions counted by kind: not one case's person or summary,
 * not one member's e-mail or account.
 */
@Tag("security")
class Hole41PublicCommissionTest extends SecurityTest {

    @Test
    void thePublicCommissionPageShowsNoPersonConsideredNorAnyCaseDetailOrContact() throws Exception {
        long ugh = organizationId(UGH);
        String html = mvc.perform(get("/public/" + ugh + "/commission"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("рассмотрено вопросов");
        // the persons considered who are not members (a member's name is public as a member)
        List<String> considered = jdbc.sql("""
                select distinct cc.person_name from commission_case cc join commission c on c.id = cc.commission_id
                where c.organization_id = ? and cc.person_name is not null
                  and cc.person_name not in (select full_name from commission_member where commission_id = c.id)""").param(ugh).query(String.class).list();
        assertThat(considered).isNotEmpty();
        List<String> memberSurnames =
                jdbc.sql("""
                select split_part(full_name, ' ', 1) from commission_member m join commission c on c.id = m.commission_id
                where c.organization_id = ?""").param(ugh).query(String.class).list();
        for (String name : considered) {
            assertThat(html).doesNotContain(name);
            if (memberSurnames.contains(name.split(" ")[0])) {
                continue;
            }
            // nor his surname as a word of its own (a shortened form «Петров И. И.»)
            assertThat(html)
                    .doesNotContainPattern(java.util.regex.Pattern.compile(
                            "(?U)\\b" + java.util.regex.Pattern.quote(name.split(" ")[0]) + "\\b"));
        }
        List<String> details = jdbc.sql("""
                select x from (
                  select cc.summary as x from commission_case cc join commission c on c.id = cc.commission_id
                    where c.organization_id = :o
                  union all select cc.materials from commission_case cc join commission c on c.id = cc.commission_id
                    where c.organization_id = :o and cc.materials is not null
                  union all select cc.source_ref from commission_case cc join commission c on c.id = cc.commission_id
                    where c.organization_id = :o and cc.source_ref is not null
                  union all select a.decision_text from commission_agenda_item a join commission_meeting m on m.id = a.meeting_id
                    join commission c on c.id = m.commission_id where c.organization_id = :o and a.decision_text is not null
                  union all select m.place from commission_meeting m join commission c on c.id = m.commission_id
                    where c.organization_id = :o and m.place is not null
                  union all select m.invitees from commission_meeting m join commission c on c.id = m.commission_id
                    where c.organization_id = :o and m.invitees is not null
                  union all select cm.email from commission_member cm join commission c on c.id = cm.commission_id
                    where c.organization_id = :o and cm.email is not null
                ) t""").param("o", ugh).query(String.class).list();
        assertThat(details).isNotEmpty();
        for (String detail : details) {
            assertThat(html).doesNotContain(detail);
        }
        // the linked accounts of the members
        assertThat(html).doesNotContain("ugh.officer", "kaluga.commission", "Благоустройство-Сервис");
    }
}
