package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14, item 13 (the accounts part): weak passwords were accepted, one-time and
 * administrator-set passwords were never changed, cookies had no Secure flag behind TLS, and the
 * access log missed refused requests and the reads of the log itself.
 */
@Tag("security")
class Hole13AccountsHardeningTest extends SecurityTest {

    @ParameterizedTest
    @ValueSource(strings = {"password12", "qwerty1234", "  Tundra-rocket-17  ", "1q2w3e4r5t", "Kaluga2026!"})
    void commonAndPaddedPasswordsAreRefused(String password) throws Exception {
        String username = "weak." + Integer.toHexString(password.hashCode());
        mvc.perform(post("/admin/users")
                        .param("username", username)
                        .param("fullName", "Слабый Пароль")
                        .param("role", "EMPLOYEE")
                        .param("organizationId", String.valueOf(organizationId(UGH)))
                        .param("password", password)
                        .param("technical", "true")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from app_user where username = ?")
                        .param(username)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anAdministratorSetPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        mvc.perform(post("/admin/users")
                        .param("username", "forced.change")
                        .param("fullName", "Новый Сотрудник")
                        .param("role", "ANTICORRUPTION_OFFICER")
                        .param("organizationId", String.valueOf(organizationId(UGH)))
                        .param("password", "Tundra-rocket-17-violet")
                        .param("technical", "true")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(get("/api/v1/organizations").with(httpBasic("forced.change", "Tundra-rocket-17-violet")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("сменить")));
        var session = mvc.perform(post("/login")
                        .param("username", "forced.change")
                        .param("password", "Tundra-rocket-17-violet")
                        .with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        mvc.perform(get("/people").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("password-required")));
        var renewed = mvc.perform(post("/account/password")
                        .cookie(session)
                        .param("current", "Tundra-rocket-17-violet")
                        .param("password", "Glacier-piano-42-amber")
                        .param("repeat", "Glacier-piano-42-amber")
                        .with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        mvc.perform(get("/people").cookie(renewed)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/organizations").with(httpBasic("forced.change", "Glacier-piano-42-amber")))
                .andExpect(status().isOk());
    }

    @Test
    void behindTlsTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
        var response = mvc.perform(post("/login")
                        .secure(true)
                        .param("username", "ugh.employee")
                        .param("password", DEMO_PASSWORD)
                        .with(csrf()))
                .andExpect(header().exists("Strict-Transport-Security"))
                .andReturn()
                .getResponse();
        assertThat(response.getCookie("SESSION")).isNotNull();
        assertThat(response.getCookie("SESSION").getSecure()).isTrue();
        assertThat(response.getCookie("SESSION").isHttpOnly()).isTrue();
    }

    @Test
    void refusedRequestsAndReadsOfTheAccessLogAreLogged() throws Exception {
        long kalugaEmployee = employeeWithin(KALUGA);
        String refusals = """
                select count(*) from access_log where username = 'obninsk.officer' and action = 'REFUSED'
                  and details like ?""";
        int before = jdbc.sql(refusals)
                .param("%/" + kalugaEmployee + "%")
                .query(Integer.class)
                .single();
        mvc.perform(get("/people/" + kalugaEmployee).with(as("obninsk.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/employees/" + kalugaEmployee).with(httpBasic("obninsk.officer", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql(refusals)
                        .param("%/" + kalugaEmployee + "%")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before + 2);

        mvc.perform(get("/audit").param("username", "obninsk.officer").with(as("region.auditor")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("""
                        select count(*) from access_log where username = 'region.auditor' and action = 'READ'
                          and subject_type = 'ACCESS_LOG' and details like '%obninsk.officer%'""").query(Integer.class).single()).isEqualTo(1);
        mvc.perform(get("/audit").param("page", "2147483647").with(as("region.auditor")))
                .andExpect(status().isOk());
    }
}
