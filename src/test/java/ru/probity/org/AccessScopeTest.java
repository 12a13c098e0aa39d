package ru.probity.org;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import ru.probity.IntegrationTest;

class AccessScopeTest extends IntegrationTest {

    @Test
    void obninskOfficerIsRefusedAKalugaEmployeeByUrl() throws Exception {
        long kalugaEmployee = employeeWithin(KALUGA);
        mvc.perform(get("/people/" + kalugaEmployee).with(as("obninsk.officer")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Доступ запрещён")));
    }

    @Test
    void obninskOfficerIsRefusedAKalugaEmployeeByApi() throws Exception {
        long kalugaEmployee = employeeWithin(KALUGA);
        mvc.perform(get("/api/v1/employees/" + kalugaEmployee).with(httpBasic("obninsk.officer", DEMO_PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void kalugaOfficerSeesAKalugaEmployeeOnThePageAndInTheApi() throws Exception {
        long kalugaEmployee = employeeWithin(KALUGA);
        mvc.perform(get("/people/" + kalugaEmployee).with(as("kaluga.officer"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/employees/" + kalugaEmployee).with(httpBasic("kaluga.officer", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(kalugaEmployee));
    }

    @Test
    void apiWithoutCredentialsIsUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/employees")).andExpect(status().isUnauthorized());
    }

    @Test
    void searchInTheApiReturnsOnlyTheUsersSubtree() throws Exception {
        long obninsk = organizationId(OBNINSK);
        mvc.perform(get("/api/v1/employees")
                        .param("organizationId", String.valueOf(obninsk))
                        .with(httpBasic("kaluga.officer", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/organizations/" + obninsk).with(httpBasic("kaluga.officer", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void employeeSeesOnlyHisOwnCard() throws Exception {
        Long own = jdbc.sql("select employee_id from app_user where username = 'ugh.employee'")
                .query(Long.class)
                .single();
        long colleague = jdbc.sql("""
                select e.id from employee e join organization o on o.id = e.organization_id
                where o.name = ? and e.id <> ? order by e.id limit 1""").params(UGH, own).query(Long.class).single();
        mvc.perform(get("/people/" + own).with(as("ugh.employee"))).andExpect(status().isOk());
        mvc.perform(get("/people/" + colleague).with(as("ugh.employee"))).andExpect(status().isForbidden());
        mvc.perform(get("/people").with(as("ugh.employee"))).andExpect(status().isForbidden());
    }

    @Test
    void everyDemoAccountSeesItsOwnOrganizationOnTheStartPage() throws Exception {
        var accounts = jdbc.sql("""
                select u.username, o.name from app_user u join organization o on o.id = u.organization_id
                where u.created_by = 'demo'""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .list();
        org.assertj.core.api.Assertions.assertThat(accounts).hasSizeGreaterThanOrEqualTo(6);
        for (String[] account : accounts) {
            mvc.perform(get("/").with(as(account[0])))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(account[1])));
        }
    }
}
