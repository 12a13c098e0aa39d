package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

/**
 * Issue 16, item 1: accounts opened in bulk are grants like any other — only by those who manage the
 * registry and grant the employee's role, only in their own subtree, neither by page nor by API.
 */
@Tag("security")
class Hole16ProvisioningTest extends SecurityTest {

    private int accounts() {
        return jdbc.sql("select count(*) from app_user").query(Integer.class).single();
    }

    @Test
    void anOfficerOfObninskCannotProvisionKalugasSubtree() throws Exception {
        int before = accounts();
        String kaluga = String.valueOf(organizationId(KALUGA));
        mvc.perform(get("/admin/users/provision")
                        .param("organizationId", kaluga)
                        .with(as("obninsk.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/provision")
                        .param("organizationId", kaluga)
                        .with(csrf())
                        .with(as("obninsk.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/users/provision")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\": " + kaluga + "}")
                        .with(as("obninsk.officer")))
                .andExpect(status().isForbidden());
        assertThat(accounts()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"region.auditor", "ugh.head", "kaluga.commission", "ugh.employee"})
    void rolesThatGrantNothingCannotProvision(String username) throws Exception {
        int before = accounts();
        mvc.perform(post("/admin/users/provision")
                        .param("organizationId", String.valueOf(organizationId(UGH)))
                        .with(csrf())
                        .with(as(username)))
                .andExpect(status().isForbidden());
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    void provisioningNeedsTheFormsToken() throws Exception {
        int before = accounts();
        mvc.perform(post("/admin/users/provision")
                        .param("organizationId", String.valueOf(organizationId(UGH)))
                        .with(as("ugh.officer")))
                .andExpect(status().isForbidden());
        assertThat(accounts()).isEqualTo(before);
    }
}
