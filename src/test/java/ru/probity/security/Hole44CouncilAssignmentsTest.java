package ru.probity.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hole 44 (issue 21): the council's assignments. An executor of another organization — another
 * municipality's officer, or a body's officer beside the executor — neither sees nor reports on
 * someone else's assignment (not found), nor downloads its report's file; only the council's
 * secretary accepts or returns a report, the executor cannot accept his own; the auditor reads but
 * does not report; roles without a council are refused; every change needs the CSRF token.
 */
@Tag("security")
class Hole44CouncilAssignmentsTest extends SecurityTest {

    long assignmentTo(String organization) {
        return jdbc.sql("""
                        select a.id from council_assignment a join organization o on o.id = a.executor_id
                        where o.name = ? order by a.id limit 1""").param(organization).query(Long.class).single();
    }

    long reportedFile() {
        return jdbc.sql("""
                        insert into council_file (meeting_id, report_id, name, content_type, size, sha256, content, uploaded_by)
                        select a.meeting_id, r.id, 'Отчёт.txt', 'text/plain', 2, 'x', '\\x6f6b', 'kaluga.officer'
                        from council_assignment_report r join council_assignment a on a.id = r.assignment_id
                        join organization o on o.id = a.executor_id
                        where o.name = 'Управление образования города Калуги' order by r.id limit 1
                        returning id""").query(Long.class).single();
    }

    @Test
    void anotherOrganizationsExecutorCannotReportOnKalugasAssignment() throws Exception {
        long kalugas = assignmentTo(KALUGA);
        for (String other : new String[] {"obninsk.officer", "ugh.officer", "ugh.head"}) {
            mvc.perform(get("/council/assignments/" + kalugas).with(as(other))).andExpect(status().isNotFound());
            mvc.perform(post("/council/assignments/" + kalugas + "/report")
                            .param("text", "Чужой отчёт")
                            .with(csrf())
                            .with(as(other)))
                    .andExpect(status().isNotFound());
        }
        long obninsks = assignmentTo(OBNINSK);
        mvc.perform(post("/council/assignments/" + obninsks + "/report")
                        .param("text", "Чужой отчёт")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/council/assignments/" + kalugas).with(as("kaluga.officer")))
                .andExpect(status().isOk());
    }

    @Test
    void aReportsFileIsReadOnlyThroughItsOwnAssignment() throws Exception {
        long file = reportedFile();
        long school = assignmentTo("Управление образования города Калуги");
        mvc.perform(get("/council/assignments/" + school + "/files/" + file).with(as("kaluga.officer")))
                .andExpect(status().isOk());
        mvc.perform(get("/council/assignments/" + school + "/files/" + file).with(as("obninsk.officer")))
                .andExpect(status().isNotFound());
        // through another assignment of the same meeting that the user sees
        long kalugas = assignmentTo(KALUGA);
        mvc.perform(get("/council/assignments/" + kalugas + "/files/" + file).with(as("kaluga.officer")))
                .andExpect(status().isNotFound());
        // nor as a material of the meeting
        long meeting = jdbc.sql("select meeting_id from council_assignment where id = ?")
                .param(school)
                .query(Long.class)
                .single();
        mvc.perform(get("/council/meetings/" + meeting + "/materials/" + file).with(as("region.admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyTheSecretaryAcceptsAndTheAuditorOnlyReads() throws Exception {
        long ughs = assignmentTo("Управление городского хозяйства города Калуги");
        for (String user : new String[] {"kaluga.officer", "ugh.officer", "region.auditor"}) {
            mvc.perform(post("/council/assignments/" + ughs + "/accept")
                            .with(csrf())
                            .with(as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/council/assignments/" + ughs + "/return")
                            .param("remark", "Нет")
                            .with(csrf())
                            .with(as(user)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/council/assignments/" + ughs).with(as("region.auditor")))
                .andExpect(status().isOk());
        mvc.perform(post("/council/assignments/" + ughs + "/report")
                        .param("text", "Отчёт аудитора")
                        .with(csrf())
                        .with(as("region.auditor")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/council/assignments/" + ughs + "/report")
                        .param("text", "Без токена")
                        .with(as("ugh.officer")))
                .andExpect(status().isForbidden());
    }

    @Test
    void rolesWithoutACouncilAreRefused() throws Exception {
        long kalugas = assignmentTo(KALUGA);
        for (String user : new String[] {"ugh.employee", "kaluga.commission", "ugh.lawyer", "region.custodian"}) {
            mvc.perform(get("/council").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/council/assignments").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/council/assignments/" + kalugas).with(as(user))).andExpect(status().isForbidden());
        }
    }
}
