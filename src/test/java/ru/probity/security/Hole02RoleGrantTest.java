package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 14, item 2: officers opened CUSTODIAN and AUDITOR accounts in their subtree and read a
 * reporter's identity. Only the regional administrator grants the custodian, auditor and
 * administrator roles; officers neither grant them nor disable or unlock such accounts; every grant
 * is in the access log.
 */
@Tag("security")
class Hole02RoleGrantTest extends SecurityTest {

    private MockHttpServletRequestBuilder newAccount(String username, String role, long organizationId) {
        return post("/admin/users")
                .param("username", username)
                .param("fullName", "Новый Пользователь")
                .param("role", role)
                .param("organizationId", String.valueOf(organizationId))
                .param("password", "Tundra-rocket-17-violet")
                .param("technical", "true")
                .with(csrf());
    }

    private int accounts(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?")
                .param(username)
                .query(Integer.class)
                .single();
    }

    @ParameterizedTest
    @ValueSource(strings = {"CUSTODIAN", "AUDITOR", "REGIONAL_ADMIN"})
    void anOfficerCannotGrantTheRegionsRoles(String role) throws Exception {
        String username = "ugh.grant." + role.toLowerCase();
        mvc.perform(newAccount(username, role, organizationId(UGH)).with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(org.hamcrest.Matchers.containsString("администратор регионального органа")));
        assertThat(accounts(username)).isZero();
    }

    @Test
    void theOfficersFormOffersOnlyTheRolesHeGrants() throws Exception {
        mvc.perform(get("/admin/users").with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(
                                org.hamcrest.Matchers.containsString("value=\"CUSTODIAN\""))));
    }

    @Test
    void theRegionalAdministratorGrantsACustodianAndTheGrantIsLogged() throws Exception {
        mvc.perform(newAccount("kaluga.custodian2", "CUSTODIAN", organizationId(KALUGA))
                        .with(as("region.admin")))
                .andExpect(redirectedUrl("/admin/users"));
        long id = jdbc.sql("select id from app_user where username = 'kaluga.custodian2'")
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("""
                        select count(*) from access_log where username = 'region.admin' and action = 'CREATE'
                          and subject_type = 'USER' and subject_id = ? and details like '%CUSTODIAN granted%'""").param(id).query(Integer.class).single()).isEqualTo(1);

        // an officer of the subtree can neither disable nor unlock the custodian's account
        mvc.perform(post("/admin/users/" + id + "/enabled")
                        .param("enabled", "false")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + id + "/unlock").with(csrf()).with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select enabled from app_user where id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }
}
