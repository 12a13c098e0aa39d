package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 14, item 1 (critical): an officer opened an account linked to another municipality's
 * employee and read his card, declarations and notifications as his own. An account may now be
 * linked only to a visible employee of the account's own organization who has no account yet.
 */
@Tag("security")
class Hole01AccountTakeoverTest extends SecurityTest {

    private MockHttpServletRequestBuilder newAccount(
            String username, String role, long organizationId, long employeeId) {
        return post("/admin/users")
                .param("username", username)
                .param("fullName", "Захватчик Учётной Записи")
                .param("role", role)
                .param("organizationId", String.valueOf(organizationId))
                .param("employeeId", String.valueOf(employeeId))
                .param("password", "Tundra-rocket-17-violet")
                .with(csrf());
    }

    private int accounts(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?")
                .param(username)
                .query(Integer.class)
                .single();
    }

    @Test
    void anOfficerCannotLinkAnAccountToAnotherMunicipalitysEmployee() throws Exception {
        long kalugaEmployee = employeeWithin(KALUGA);
        mvc.perform(newAccount("obn.evil.emp", "EMPLOYEE", organizationId(OBNINSK), kalugaEmployee)
                        .with(user(users.loadUserByUsername("obninsk.officer"))))
                .andExpect(status().isForbidden());
        assertThat(accounts("obn.evil.emp")).isZero();
    }

    @Test
    void anAccountIsLinkedOnlyToAnEmployeeOfItsOwnOrganization() throws Exception {
        long ughEmployee = jdbc.sql("""
                select e.id from employee e join organization o on o.id = e.organization_id
                where o.name = ? and not exists (select 1 from app_user u where u.employee_id = e.id)
                order by e.id limit 1""").param(UGH).query(Long.class).single();
        // the employee is in the officer's subtree, but the account would belong to Kaluga's top organization
        mvc.perform(newAccount("kal.wrong.org", "EMPLOYEE", organizationId(KALUGA), ughEmployee)
                        .with(user(users.loadUserByUsername("kaluga.officer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("той же организации")));
        assertThat(accounts("kal.wrong.org")).isZero();
    }

    @Test
    void anEmployeeWhoHasAnAccountCannotGetASecondOne() throws Exception {
        long own = jdbc.sql("select employee_id from app_user where username = 'ugh.employee'")
                .query(Long.class)
                .single();
        mvc.perform(newAccount("ugh.employee.twin", "EMPLOYEE", organizationId(UGH), own)
                        .with(user(users.loadUserByUsername("ugh.officer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("уже есть учётная запись")));
        assertThat(accounts("ugh.employee.twin")).isZero();
    }
}
