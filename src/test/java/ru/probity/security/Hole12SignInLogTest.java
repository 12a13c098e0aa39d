package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 12: failed sign-ins stored the typed username without a limit (9.7 MiB/min from one
 * client; a 1 MB username gave HTTP 500). The typed name is now cut to 64 characters and repeated
 * failures are aggregated by the throttle: a flood from one address writes a handful of records.
 */
@Tag("security")
class Hole12SignInLogTest extends SecurityTest {

    private org.springframework.test.web.servlet.ResultActions attempt(String username, String address)
            throws Exception {
        return mvc.perform(post("/login")
                .param("username", username)
                .param("password", "wrong-password")
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    @Test
    void aMegabyteUsernameIsRefusedPolitelyAndLoggedShort() throws Exception {
        String huge = "flood" + "x".repeat(1_000_000);
        attempt(huge, "127.8.12.1").andExpect(redirectedUrl("/login?error=bad"));
        assertThat(jdbc.sql("select max(length(username)) from access_log where username like 'floodxxx%'")
                        .query(Integer.class)
                        .single())
                .isLessThanOrEqualTo(64);
    }

    @Test
    void aFloodOfFailuresFromOneAddressWritesAHandfulOfRecords() throws Exception {
        long before =
                jdbc.sql("select count(*) from access_log").query(Long.class).single();
        for (int i = 0; i < 200; i++) {
            attempt(i % 2 == 0 ? "flood.victim" : "flood.other" + i, "127.8.12.2")
                    .andExpect(redirectedUrl("/login?error=bad"));
        }
        long written =
                jdbc.sql("select count(*) from access_log").query(Long.class).single() - before;
        // at most 5 per username before its delay, one hold-back per username, one for the address
        assertThat(written).isLessThanOrEqualTo(40);
    }
}
