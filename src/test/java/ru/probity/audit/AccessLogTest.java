package ru.probity.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import ru.probity.IntegrationTest;

class AccessLogTest extends IntegrationTest {

    private int reads(String username, long employeeId) {
        return jdbc.sql("""
                select count(*) from access_log
                where username = ? and action = 'READ' and subject_type = 'EMPLOYEE' and subject_id = ?""").params(username, employeeId).query(Integer.class).single();
    }

    @Test
    void openingAnEmployeeCardIsLoggedWithWhoWhatAndWhere() throws Exception {
        long employee = employeeOf(UGH);
        int before = reads("ugh.head", employee);
        mvc.perform(get("/people/" + employee).with(user(users.loadUserByUsername("ugh.head"))))
                .andExpect(status().isOk());
        assertThat(reads("ugh.head", employee)).isEqualTo(before + 1);
        assertThat(jdbc.sql(
                                "select organization_id from access_log where username = 'ugh.head' order by id desc limit 1")
                        .query(Long.class)
                        .single())
                .isEqualTo(organizationId(UGH));
    }

    @Test
    void theAccessLogCannotBeChangedOrDeleted() {
        assertThatThrownBy(() ->
                        jdbc.sql("update access_log set username = 'someone'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from access_log").update()).hasMessageContaining("append-only");
    }

    @Test
    void theAuditorSearchesTheLogAndAnOfficerMayNot() throws Exception {
        long employee = employeeOf(UGH);
        mvc.perform(get("/people/" + employee).with(user(users.loadUserByUsername("ugh.officer"))));
        mvc.perform(get("/audit")
                        .param("username", "ugh.officer")
                        .with(user(users.loadUserByUsername("region.auditor"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("ugh.officer")));
        mvc.perform(get("/audit").with(user(users.loadUserByUsername("kaluga.officer"))))
                .andExpect(status().isForbidden());
    }

    /**
     * The search form's filter offers every kind of subject the log holds — those of the newer areas
     * too (a discussion's participants, a contest's applications), not a list frozen in the template.
     */
    @Test
    void theFilterOffersEveryKindOfSubjectInTheLog() throws Exception {
        jdbc.sql("""
                insert into access_log (username, action, subject_type, subject_id, organization_id)
                values ('kaluga.officer', 'READ', 'DISCUSSION_PARTICIPANT', 1, ?)""").param(organizationId(KALUGA)).update();
        String page = mvc.perform(get("/audit").with(user(users.loadUserByUsername("region.auditor"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("<option value=\"DISCUSSION_PARTICIPANT\">участник публичного обсуждения</option>")
                .contains("<option value=\"ACCESS_LOG\">журнал доступа</option>");
    }
}
