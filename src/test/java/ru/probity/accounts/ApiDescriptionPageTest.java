package ru.probity.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import ru.probity.IntegrationTest;

/**
 * Issue 16: the menu's «API» opens the API description for a user signed in on the pages (it
 * answered 401, since the API chain is stateless), while the data endpoints still ignore the session.
 */
class ApiDescriptionPageTest extends IntegrationTest {

    /** The cookies of a real sign-in through the form (the session lives in the database). */
    private Cookie[] signIn(String username) throws Exception {
        Cookie[] cookies = mvc.perform(formLogin("/login").user(username).password(DEMO_PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookies();
        assertThat(cookies).isNotEmpty();
        return cookies;
    }

    @Test
    void aSignedInUserOpensTheApiDescriptionButNoDataWithHisSession() throws Exception {
        Cookie[] session = signIn("kaluga.officer");
        String ui = mvc.perform(get("/api/docs").cookie(session))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(ui).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("swagger-ui")));
        mvc.perform(get("/api/openapi").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/api/v1/employees")));
        mvc.perform(get("/api/openapi/swagger-config").cookie(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/employees").cookie(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void withoutSigningInTheDescriptionLeadsToTheSignInPage() throws Exception {
        mvc.perform(get("/api/docs")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/openapi")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/openapi").with(httpBasic("region.admin", DEMO_PASSWORD)))
                .andExpect(status().isOk());
    }
}
