package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hole 37 (issue 21): the switch of the version for the visually impaired returns only to a local
 * address of the public section — never to another site (an open redirect a phishing letter could
 * use) nor to a signed-in page; the public pages may be framed only as {@code
 * probity.portal.frame-ancestors} says ({@code 'self'} by default), the signed-in pages never.
 */
@Tag("security")
class Hole37PortalRedirectTest extends SecurityTest {

    @Test
    void theSwitchComesBackOnlyToThePublicSection() throws Exception {
        long kaluga = organizationId(KALUGA);
        mvc.perform(get("/public/accessibility").param("on", "1").param("back", "/public/" + kaluga + "/news"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/public/" + kaluga + "/news"))
                .andExpect(header().string("Set-Cookie", org.hamcrest.Matchers.containsString("PORTAL-A11Y=1")));
        for (String evil : new String[] {
            "https://evil.example/",
            "//evil.example/public",
            "/\\evil.example",
            "/public//evil.example",
            "/public/../login",
            "/public/%2e%2e/admin/users",
            "javascript:alert(1)",
            "/admin/users",
            "/public\r\nLocation: https://evil.example",
            "/publicity"
        }) {
            String location = mvc.perform(
                            get("/public/accessibility").param("on", "0").param("back", evil))
                    .andExpect(status().is3xxRedirection())
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            assertThat(location).as("back=%s", evil).isEqualTo("/public");
        }
    }

    @Test
    void onlyThePublicPagesMayBeFramedAndOnlyByTheSetting() throws Exception {
        long kaluga = organizationId(KALUGA);
        String policy = mvc.perform(get("/public/" + kaluga))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("Content-Security-Policy");
        assertThat(policy).contains("frame-ancestors 'self'").doesNotContain("frame-ancestors 'none'");
        String signedIn = mvc.perform(get("/portal").with(as("kaluga.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("Content-Security-Policy");
        assertThat(signedIn).contains("frame-ancestors 'none'");
    }
}
