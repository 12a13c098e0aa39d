package ru.probity.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import ru.probity.IntegrationTest;

/**
 * The console's way back in (issue 14, item 8): {@code accounts unlock} forgets the failures of any
 * account, the root administrator's too; {@code accounts reset} gives a one-time password that must
 * be changed at the next sign-in, and ends the account's sessions.
 */
@Tag("security")
class AccountsConsoleTest extends IntegrationTest {

    @Autowired
    Accounts accounts;

    /** A sign-in on the login page from the given client address. */
    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(
            String username, String password, String address) {
        return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
                .param("username", username)
                .param("password", password)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private void account(String username) {
        jdbc.sql("""
                insert into app_user (username, password_hash, full_name, role, organization_id, created_by)
                select ?, password_hash, 'Корневой Администратор', 'REGIONAL_ADMIN', organization_id, 'test'
                from app_user where username = 'region.admin'""").param(username).update();
    }

    @Test
    void unlockFromTheConsoleLetsTheAdministratorBackIn() throws Exception {
        account("console.root");
        for (int i = 0; i < 6; i++) {
            mvc.perform(get("/api/v1/organizations")
                    .with(httpBasic("console.root", "wrong-" + i))
                    .with(from("127.9.0.1")));
        }
        mvc.perform(get("/api/v1/organizations")
                        .with(httpBasic("console.root", DEMO_PASSWORD))
                        .with(from("127.9.0.1")))
                .andExpect(status().isUnauthorized());
        assertThat(accounts.unlockFromConsole("CONSOLE.ROOT")).isPresent();
        mvc.perform(get("/api/v1/organizations")
                        .with(httpBasic("console.root", DEMO_PASSWORD))
                        .with(from("127.9.0.1")))
                .andExpect(status().isOk());
        assertThat(accounts.unlockFromConsole("console.nobody")).isEmpty();
    }

    @Test
    void resetFromTheConsoleGivesAOneTimePasswordToBeChanged() throws Exception {
        account("console.reset");
        jdbc.sql("update app_user set enabled = false where username = 'console.reset'")
                .update();
        String password = accounts.resetFromConsole("console.reset").orElseThrow();
        assertThat(Accounts.weakness(password, "console.reset")).isEmpty();
        mvc.perform(login("console.reset", DEMO_PASSWORD, "127.9.0.2")).andExpect(unauthenticated());
        var signedIn = mvc.perform(login("console.reset", password, "127.9.0.2"))
                .andExpect(authenticated())
                .andReturn();
        // every page leads to the password form first
        mvc.perform(get("/people").cookie(signedIn.getResponse().getCookie("SESSION")))
                .andExpect(redirectedUrl("/account/password"));
        assertThat(jdbc.sql("""
                        select count(*) from access_log where username = 'console' and action = 'PASSWORD_CHANGED'
                          and subject_id = (select id from app_user where username = 'console.reset')""").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theCommandWithoutASubcommandPrintsItsUsageAndExitsTwo() {
        PrintStream err = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            assertThat(new AccountsCommand().call()).isEqualTo(2);
        } finally {
            System.setErr(err);
        }
        assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("unlock")
                .contains("reset");
    }
}
