package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Issue 14, item 8: five wrong HTTP Basic requests locked the regional administrator for everybody,
 * nothing could unlock him, and wrong passwords were not throttled per address. Now failures hold
 * back only the address they come from, with growing delays; other addresses sign in; every refusal
 * looks the same; concurrent guesses are counted one by one.
 */
@Tag("security")
class Hole08SignInThrottleTest extends SecurityTest {

    @Autowired
    AuthenticationProvider signIn;

    private void account(String username, boolean enabled) {
        jdbc.sql("""
                insert into app_user (username, password_hash, full_name, role, organization_id, created_by, enabled)
                select ?, password_hash, 'Проверка Входа', 'REGIONAL_ADMIN', organization_id, 'test', ?
                from app_user where username = 'region.admin'""").params(username, enabled).update();
    }

    @Test
    void wrongPasswordsFromOneAddressNeverKeepTheAdministratorOutFromAnother() throws Exception {
        account("throttle.root", true);
        for (int i = 0; i < 8; i++) {
            mvc.perform(get("/api/v1/organizations")
                            .with(httpBasic("throttle.root", "wrong-" + i))
                            .with(from("127.8.0.1")))
                    .andExpect(status().isUnauthorized());
        }
        // the attacker's address is held back even with the right password...
        mvc.perform(get("/api/v1/organizations")
                        .with(httpBasic("throttle.root", DEMO_PASSWORD))
                        .with(from("127.8.0.1")))
                .andExpect(status().isUnauthorized());
        // ...while the administrator signs in from his own, on the page and in the API
        mvc.perform(get("/api/v1/organizations")
                        .with(httpBasic("throttle.root", DEMO_PASSWORD))
                        .with(from("127.8.0.2")))
                .andExpect(status().isOk());
        mvc.perform(login("throttle.root", DEMO_PASSWORD, "127.8.0.3")).andExpect(authenticated());
    }

    @Test
    void aWrongPasswordAnUnknownUserADisabledAccountAndAHeldBackAttemptGetTheSameAnswer() throws Exception {
        account("throttle.same", true);
        account("throttle.disabled", false);
        String[][] attempts = {
            {"throttle.same", "wrong-password-1"},
            {"throttle.nobody", "wrong-password-1"},
            {"throttle.disabled", DEMO_PASSWORD},
        };
        for (String[] attempt : attempts) {
            mvc.perform(login(attempt[0], attempt[1], "127.8.1.1"))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        for (int i = 0; i < 5; i++) {
            mvc.perform(login("throttle.same", "wrong-" + i, "127.8.1.2"));
        }
        mvc.perform(login("throttle.same", DEMO_PASSWORD, "127.8.1.2"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void sprayingManyUsernamesFromOneAddressIsHeldBack() throws Exception {
        account("throttle.sprayed", true);
        for (int i = 0; i < 31; i++) {
            mvc.perform(login("spray.user" + i, "Winter2026!", "127.8.2.1"));
        }
        // the address is held back now, even for an account it never tried, with the right password
        mvc.perform(login("throttle.sprayed", DEMO_PASSWORD, "127.8.2.1")).andExpect(unauthenticated());
        mvc.perform(login("throttle.sprayed", DEMO_PASSWORD, "127.8.2.2")).andExpect(authenticated());
    }

    @Test
    void concurrentGuessesAreCountedOneByOne() throws Exception {
        account("throttle.race", true);
        List<Callable<Boolean>> guesses = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String guess = "guess-" + i;
            guesses.add(() -> {
                var token = UsernamePasswordAuthenticationToken.unauthenticated("throttle.race", guess);
                token.setDetails(new WebAuthenticationDetails("127.8.3.1", null));
                try {
                    signIn.authenticate(token);
                    return true;
                } catch (AuthenticationException refused) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            for (Future<Boolean> result : pool.invokeAll(guesses)) {
                assertThat(result.get()).isFalse();
            }
        } finally {
            pool.shutdown();
        }
        // only the free attempts reached the password check: the log has them and one hold-back
        int checked = jdbc.sql("""
                        select count(*) from access_log
                        where username = 'throttle.race' and action in ('LOGIN_FAILED', 'LOCKED')""").query(Integer.class).single();
        assertThat(checked).isBetween(1, 5);
    }

    @Test
    void theAdministratorsUnlockForgetsTheFailures() throws Exception {
        account("throttle.unlock", true);
        for (int i = 0; i < 6; i++) {
            mvc.perform(login("throttle.unlock", "wrong-" + i, "127.8.4.1"));
        }
        assertThat(jdbc.sql(
                                "select count(*) from sign_in_throttle where account = 'throttle.unlock' and blocked_until > now()")
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        long id = jdbc.sql("select id from app_user where username = 'throttle.unlock'")
                .query(Long.class)
                .single();
        mvc.perform(post("/admin/users/" + id + "/unlock")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("region.admin"))))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(login("throttle.unlock", DEMO_PASSWORD, "127.8.4.1")).andExpect(authenticated());
    }
}
