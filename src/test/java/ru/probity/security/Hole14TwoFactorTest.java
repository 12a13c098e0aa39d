package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import ru.probity.accounts.totp.Totp;

/**
 * Issue 14, item 14: two-factor sign-in with an authenticator app (TOTP, RFC 6238) and recovery
 * codes; the regional administrator makes it mandatory per role; HTTP Basic cannot bypass it.
 */
@Tag("security")
class Hole14TwoFactorTest extends SecurityTest {

    private static final String PASSWORD = DEMO_PASSWORD;

    private Cookie signIn(String username) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", PASSWORD)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("127.8.14.1");
                            return request;
                        }))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
    }

    private static String code(byte[] secret, int stepsAhead) {
        return Totp.code(secret, Totp.step(Instant.now()) + stepsAhead);
    }

    /** The secret read from the page, the renewed session, and the recovery codes shown once. */
    private record Enrolled(byte[] secret, Cookie session, java.util.List<String> recoveryCodes) {}

    /** Enrols through the page as the user would: reads the key shown beside the QR code. */
    private Enrolled enrol(Cookie session) throws Exception {
        String page = mvc.perform(get("/account/two-factor").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<svg")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher key = Pattern.compile("id=\"two-factor-secret\">([A-Z2-7 ]+)<").matcher(page);
        assertThat(key.find()).isTrue();
        byte[] secret = new Base32().decode(key.group(1).replace(" ", ""));
        var shown = mvc.perform(post("/account/two-factor")
                        .cookie(session)
                        .param("code", code(secret, 0))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("recovery-codes")))
                .andReturn()
                .getResponse();
        java.util.List<String> codes = Pattern.compile("<li>([a-z2-9]{5}-[a-z2-9]{5})</li>")
                .matcher(shown.getContentAsString())
                .results()
                .map(match -> match.group(1))
                .toList();
        return new Enrolled(secret, shown.getCookie("SESSION"), codes);
    }

    @Test
    void afterThePasswordTheCodeIsAskedAndHttpBasicCannotBypassIt() throws Exception {
        accountLike("ugh.officer", "tfa.officer", "ANTICORRUPTION_OFFICER");
        byte[] secret = enrol(signIn("tfa.officer")).secret();

        Cookie session = signIn("tfa.officer");
        mvc.perform(get("/people").cookie(session)).andExpect(redirectedUrl("/login/second-factor"));
        mvc.perform(post("/login/second-factor")
                        .cookie(session)
                        .param("code", "000000")
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Код не подошёл")));
        Cookie passed = mvc.perform(post("/login/second-factor")
                        .cookie(session)
                        .param("code", code(secret, 1))
                        .with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        mvc.perform(get("/people").cookie(passed)).andExpect(status().isOk());

        // the same code never works twice
        Cookie again = signIn("tfa.officer");
        mvc.perform(post("/login/second-factor")
                        .cookie(again)
                        .param("code", code(secret, 1))
                        .with(csrf()))
                .andExpect(status().isOk());

        mvc.perform(get("/api/v1/organizations").with(httpBasic("tfa.officer", PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("двухфакторный")));
    }

    @Test
    void fiveWrongCodesEndTheSignInAndHoldTheAccountsCodesBack() throws Exception {
        accountLike("ugh.officer", "tfa.guessed", "EMPLOYEE");
        byte[] secret = enrol(signIn("tfa.guessed")).secret();
        Cookie session = signIn("tfa.guessed");
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/login/second-factor")
                            .cookie(session)
                            .param("code", "00000" + i)
                            .with(csrf()))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/login/second-factor")
                        .cookie(session)
                        .param("code", "000009")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(get("/people").cookie(session)).andExpect(redirectedUrl("/login"));
        // a new sign-in with the password does not buy new guesses: even the right code waits
        Cookie again = signIn("tfa.guessed");
        mvc.perform(post("/login/second-factor")
                        .cookie(again)
                        .param("code", code(secret, 1))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("приостановлен")));
        mvc.perform(get("/people").cookie(again)).andExpect(redirectedUrl("/login/second-factor"));
    }

    @Test
    void aRecoveryCodeWorksOnce() throws Exception {
        accountLike("ugh.officer", "tfa.recovery", "EMPLOYEE");
        java.util.List<String> codes = enrol(signIn("tfa.recovery")).recoveryCodes();
        assertThat(codes).hasSize(10);
        String one = codes.getFirst();

        Cookie session = signIn("tfa.recovery");
        mvc.perform(post("/login/second-factor")
                        .cookie(session)
                        .param("code", one.toUpperCase())
                        .with(csrf()))
                .andExpect(redirectedUrl("/"));
        Cookie again = signIn("tfa.recovery");
        mvc.perform(post("/login/second-factor")
                        .cookie(again)
                        .param("code", one)
                        .with(csrf()))
                .andExpect(status().isOk());
    }

    @Test
    void theRegionalAdministratorMakesItMandatoryForARole() throws Exception {
        accountLike("ugh.officer", "tfa.auditor", "AUDITOR");
        try {
            mvc.perform(post("/admin/security")
                            .param("role", "AUDITOR")
                            .with(csrf())
                            .with(user(users.loadUserByUsername("ugh.officer"))))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/security")
                            .param("role", "AUDITOR")
                            .with(csrf())
                            .with(user(users.loadUserByUsername("region.admin"))))
                    .andExpect(redirectedUrl("/admin/security"));
            Cookie session = signIn("tfa.auditor");
            mvc.perform(get("/audit").cookie(session)).andExpect(redirectedUrl("/account/two-factor"));
            mvc.perform(get("/api/v1/organizations").with(httpBasic("tfa.auditor", PASSWORD)))
                    .andExpect(status().isForbidden());
            Cookie renewed = enrol(session).session();
            // enrolled, the sign-in goes on (under a new session id)
            mvc.perform(get("/audit").cookie(renewed)).andExpect(status().isOk());
        } finally {
            jdbc.sql("delete from two_factor_policy").update();
        }
    }
}
