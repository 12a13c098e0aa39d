package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hole 17 (issue 17, item 4): a candidate's card turns into an active employee — with an account to
 * come, a place in every staff list — when an officer records the appointment. Only an officer of
 * the candidate's subtree may record it or register a candidate; an employee may not; the change
 * needs the CSRF token.
 */
@Tag("security")
class Hole17CandidatesTest extends SecurityTest {

    private long candidateOf(long organization, String lastName) {
        return jdbc.sql("""
                insert into employee (organization_id, last_name, first_name, post, declaration_required, active,
                                      candidate, created_by, updated_by)
                values (?, ?, 'Кандид', 'Начальник отдела', true, false, true, 'test', 'test') returning id""").params(organization, lastName).query(Long.class).single();
    }

    private boolean stillCandidate(long id) {
        return jdbc.sql("select candidate and not active from employee where id = ?")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    @Test
    void anOfficerOfAnotherMunicipalityCannotAppointOrDropACandidate() throws Exception {
        long id = candidateOf(organizationId(UGH), "Чужекандидатов");

        mvc.perform(post("/people/" + id + "/candidate/appointed")
                        .with(as("obninsk.officer"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/people/" + id + "/candidate/not-appointed")
                        .with(as("obninsk.officer"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(stillCandidate(id)).isTrue();

        // his own officer can
        mvc.perform(post("/people/" + id + "/candidate/appointed")
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(stillCandidate(id)).isFalse();
    }

    @Test
    void anEmployeeCannotRegisterOrAppointACandidate() throws Exception {
        long id = candidateOf(organizationId(UGH), "Самоназначенов");
        int before =
                jdbc.sql("select count(*) from employee").query(Integer.class).single();

        mvc.perform(post("/people/new")
                        .param("candidate", "true")
                        .param("organizationId", String.valueOf(organizationId(UGH)))
                        .param("lastName", "Непрошенов")
                        .param("firstName", "Иван")
                        .param("post", "Начальник отдела")
                        .param("declarationRequired", "true")
                        .param("headOfCustomer", "false")
                        .param("contractServiceHead", "false")
                        .param("contractManager", "false")
                        .param("procurementCommissionMember", "false")
                        .with(as("ugh.employee"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/people/" + id + "/candidate/appointed")
                        .with(as("ugh.employee"))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(jdbc.sql("select count(*) from employee")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
        assertThat(stillCandidate(id)).isTrue();
    }

    @Test
    void theAppointmentNeedsTheCsrfToken() throws Exception {
        long id = candidateOf(organizationId(UGH), "Безтокенов");
        mvc.perform(post("/people/" + id + "/candidate/appointed").with(as("ugh.officer")))
                .andExpect(status().isForbidden());
        assertThat(stillCandidate(id)).isTrue();
    }

    @Test
    void anOfficerCannotRegisterACandidateOutsideHisSubtree() throws Exception {
        mvc.perform(post("/people/new")
                        .param("candidate", "true")
                        .param("organizationId", String.valueOf(organizationId(KALUGA)))
                        .param("lastName", "Заграничнов")
                        .param("firstName", "Иван")
                        .param("post", "Начальник отдела")
                        .param("declarationRequired", "true")
                        .param("headOfCustomer", "false")
                        .param("contractServiceHead", "false")
                        .param("contractManager", "false")
                        .param("procurementCommissionMember", "false")
                        .with(as("obninsk.officer"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // a request no form sends (fields missing) is refused with a message, not a server error
        mvc.perform(post("/people/new")
                        .param("candidate", "true")
                        .param("lastName", "Заграничнов")
                        .with(as("obninsk.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problem", org.hamcrest.Matchers.containsString("Форма заполнена не полностью")));
        assertThat(jdbc.sql("select count(*) from employee where last_name = 'Заграничнов'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
