package ru.probity.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import ru.probity.IntegrationTest;

class LockoutTest extends IntegrationTest {

    private void newAccount(String username) {
        jdbc.sql("""
                insert into app_user (username, password_hash, full_name, role, organization_id, created_by)
                select ?, password_hash, 'Тестовый пользователь', 'EMPLOYEE', organization_id, 'test'
                from app_user where username = 'ugh.employee'""").param(username).update();
    }

    @Test
    void theRightPasswordSignsIn() throws Exception {
        newAccount("lockout.ok");
        mvc.perform(formLogin("/login").user("lockout.ok").password(DEMO_PASSWORD))
                .andExpect(authenticated().withUsername("lockout.ok"))
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("select count(*) from access_log where username = 'lockout.ok' and action = 'LOGIN'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select last_login_at is not null from app_user where username = 'lockout.ok'")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void fiveWrongPasswordsHoldBackEvenTheRightOneFromTheSameAddress() throws Exception {
        newAccount("lockout.victim");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("lockout.victim").password("wrong-" + i))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(formLogin("/login").user("lockout.victim").password(DEMO_PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=bad"));
        assertThat(jdbc.sql("select count(*) from access_log where username = 'lockout.victim' and action = 'LOCKED'")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void anUnlockByTheAdministratorLetsTheUserBackIn() throws Exception {
        newAccount("lockout.unlocked");
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user("lockout.unlocked").password("wrong-" + i));
        }
        jdbc.sql("delete from sign_in_throttle where account = 'lockout.unlocked'")
                .update();
        mvc.perform(formLogin("/login").user("lockout.unlocked").password(DEMO_PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void passwordPolicyRefusesShortAndSimplePasswords() {
        assertThat(Accounts.weakness("short1", "ivanov")).contains("password.error.short");
        assertThat(Accounts.weakness("onlyletterslong", "ivanov")).contains("password.error.simple");
        assertThat(Accounts.weakness("ivanov-2026-secret", "ivanov")).contains("password.error.username");
        assertThat(Accounts.weakness("password12", "ivanov")).contains("password.error.guessable");
        assertThat(Accounts.weakness("qwerty1234", "ivanov")).contains("password.error.guessable");
        assertThat(Accounts.weakness(" Tundra-rocket-17 ", "ivanov")).contains("password.error.spaces");
        assertThat(Accounts.weakness("Tundra-rocket-17", "ivanov")).isEmpty();
    }
}
