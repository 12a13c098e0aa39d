package ru.probity.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 9: sessions survived a password change and a disable. A password change now ends
 * every other session of the account (the one that changed it goes on under a new id); a disable
 * ends them all.
 */
@Tag("security")
class Hole09SessionsEndTest extends SecurityTest {

    private Cookie signIn(String username, String password) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr("127.8.9.1");
                            return request;
                        }))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
    }

    @Test
    void aPasswordChangeEndsTheOtherSessions() throws Exception {
        accountLike("ugh.officer", "sessions.change", "ANTICORRUPTION_OFFICER");
        Cookie office = signIn("sessions.change", DEMO_PASSWORD);
        Cookie stolen = signIn("sessions.change", DEMO_PASSWORD);
        mvc.perform(get("/people").cookie(stolen)).andExpect(status().isOk());

        Cookie renewed = mvc.perform(post("/account/password")
                        .cookie(office)
                        .param("current", DEMO_PASSWORD)
                        .param("password", "Tundra-rocket-17-violet")
                        .param("repeat", "Tundra-rocket-17-violet")
                        .with(csrf()))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");

        mvc.perform(get("/people").cookie(stolen)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/people").cookie(renewed)).andExpect(status().isOk());
    }

    @Test
    void aDisableEndsEverySession() throws Exception {
        accountLike("ugh.officer", "sessions.disable", "ANTICORRUPTION_OFFICER");
        Cookie session = signIn("sessions.disable", DEMO_PASSWORD);
        mvc.perform(get("/people").cookie(session)).andExpect(status().isOk());
        long id = jdbc.sql("select id from app_user where username = 'sessions.disable'")
                .query(Long.class)
                .single();
        mvc.perform(post("/admin/users/" + id + "/enabled")
                        .param("enabled", "false")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("ugh.officer"))))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(get("/people").cookie(session)).andExpect(redirectedUrl("/login"));
    }
}
