package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hole 18 (issue 18, item 13): the local act on electronic documents and the employees' signature
 * agreements decide whether a password signs «под роспись». Only an officer or administrator of
 * the organization's subtree records its act or paper agreements; an employee accepts an agreement
 * for himself only; every change needs the CSRF token.
 */
@Tag("security")
class Hole18SignatureTest extends SecurityTest {

    private String act(long organization) {
        return jdbc.sql("select coalesce(max(number), '') from esign_local_act where organization_id = ?")
                .param(organization)
                .query(String.class)
                .single();
    }

    private String agreement(long employee) {
        return jdbc.sql("select coalesce(max(way || ':' || agreed_on), '') from esign_agreement where employee_id = ?")
                .param(employee)
                .query(String.class)
                .single();
    }

    private long ughEmployee() {
        return jdbc.sql("select employee_id from app_user where username = 'ugh.employee'")
                .query(Long.class)
                .single();
    }

    /** An active colleague of ugh.employee in УГХ. */
    private long colleague() {
        return jdbc.sql("""
                select e.id from employee e where e.active and e.id <> ?
                  and e.organization_id = (select organization_id from employee where id = ?)
                order by e.id limit 1""")
                .params(ughEmployee(), ughEmployee())
                .query(Long.class)
                .single();
    }

    @Test
    void anOfficerOfAnotherMunicipalityCannotRecordTheActOrAgreementsOutsideHisSubtree() throws Exception {
        long ugh = organizationId(UGH);
        String before = act(ugh);
        mvc.perform(post("/acts/signature/acts")
                        .param("organization", Long.toString(ugh))
                        .param("number", "1-чужой")
                        .param("adoptedOn", "2026-01-10")
                        .param("title", "Чужой акт")
                        .with(csrf())
                        .with(as("obninsk.officer")))
                .andExpect(status().isForbidden());
        assertThat(act(ugh)).isEqualTo(before);

        long colleague = colleague();
        String agreed = agreement(colleague);
        mvc.perform(post("/acts/signature/agreements")
                        .param("organization", Long.toString(ugh))
                        .param("people", Long.toString(colleague))
                        .param("agreedOn", LocalDate.now().minusDays(2).toString())
                        .with(csrf())
                        .with(as("obninsk.officer")))
                .andExpect(status().isForbidden());
        // named within his own subtree, the stranger is not found
        mvc.perform(post("/acts/signature/agreements")
                        .param("organization", Long.toString(organizationId(OBNINSK)))
                        .param("people", Long.toString(colleague))
                        .param("agreedOn", LocalDate.now().minusDays(2).toString())
                        .with(csrf())
                        .with(as("obninsk.officer")))
                .andExpect(status().is3xxRedirection());
        assertThat(agreement(colleague)).isEqualTo(agreed);

        // the city's officer may record it for his department
        mvc.perform(post("/acts/signature/acts")
                        .param("organization", Long.toString(ugh))
                        .param("number", "5-угх")
                        .param("adoptedOn", "2026-01-10")
                        .param("title", "Об электронном документообороте в Управлении")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        assertThat(act(ugh)).isEqualTo("5-угх");
        jdbc.sql("delete from esign_local_act where organization_id = ?")
                .param(ugh)
                .update();
    }

    @Test
    void anEmployeeCannotRecordAnActOrSomeoneElsesAgreement() throws Exception {
        long colleague = colleague();
        jdbc.sql("delete from esign_agreement where employee_id = ?")
                .param(colleague)
                .update();

        mvc.perform(post("/acts/signature/agreements")
                        .param("organization", Long.toString(organizationId(UGH)))
                        .param("people", Long.toString(colleague))
                        .param("agreedOn", LocalDate.now().toString())
                        .with(csrf())
                        .with(as("ugh.employee")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/acts/signature/acts")
                        .param("organization", Long.toString(organizationId(UGH)))
                        .param("number", "1-сам")
                        .param("adoptedOn", "2026-01-10")
                        .param("title", "Свой акт")
                        .with(csrf())
                        .with(as("ugh.employee")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/acts/signature").with(as("ugh.employee"))).andExpect(status().isForbidden());

        // accepting «for» a colleague only ever records his own agreement
        mvc.perform(post("/acknowledgements/signature")
                        .param("employeeId", Long.toString(colleague))
                        .param("consent", "true")
                        .param("agreement", "true")
                        .param("password", DEMO_PASSWORD)
                        .with(csrf())
                        .with(as("ugh.employee")))
                .andExpect(status().is3xxRedirection());
        assertThat(agreement(colleague)).isEmpty();
        assertThat(agreement(ughEmployee())).startsWith("ONLINE:");
    }

    @Test
    void recordingAnActOrAnAgreementNeedsTheCsrfToken() throws Exception {
        long kaluga = organizationId(KALUGA);
        String before = act(kaluga);
        mvc.perform(post("/acts/signature/acts")
                        .param("organization", Long.toString(kaluga))
                        .param("number", "9-без-токена")
                        .param("adoptedOn", "2026-01-10")
                        .param("title", "Без токена")
                        .with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        assertThat(act(kaluga)).isEqualTo(before);

        long me = ughEmployee();
        String agreed = agreement(me);
        jdbc.sql("delete from esign_agreement where employee_id = ?").param(me).update();
        mvc.perform(post("/acknowledgements/signature")
                        .param("consent", "true")
                        .param("agreement", "true")
                        .param("password", DEMO_PASSWORD)
                        .with(as("ugh.employee")))
                .andExpect(status().isForbidden());
        assertThat(agreement(me)).isEmpty();
        // put back as it was for the other tests
        mvc.perform(post("/acknowledgements/signature")
                        .param("consent", "true")
                        .param("agreement", "true")
                        .param("password", DEMO_PASSWORD)
                        .with(csrf())
                        .with(as("ugh.employee")))
                .andExpect(status().is3xxRedirection());
        assertThat(agreed).isNotEmpty();
        assertThat(agreement(me)).startsWith("ONLINE:");
    }
}
