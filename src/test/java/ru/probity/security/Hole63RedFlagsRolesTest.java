package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.procurement.ContractImport;
import ru.probity.procurement.PurchaseFacts;
import ru.probity.redflags.RedFlagsComputation;
import ru.probity.redflags.RedFlagsFixture;

/**
 * Issue 22: the red flags name suppliers (entrepreneurs are people) and their review is the
 * officers' work. Employees, custodians and lawyers neither list, open nor export them; the head and
 * the auditor read them but neither decide nor recompute; the menu shows the page to readers only.
 */
@Tag("security")
class Hole63RedFlagsRolesTest extends SecurityTest {

    @Autowired
    ContractImport contractImport;

    @Autowired
    PurchaseFacts facts;

    @Autowired
    RedFlagsComputation computation;

    @Test
    void onlyReadersSeeAndOnlyOfficersDecide() throws Exception {
        long id = new RedFlagsFixture(jdbc, contractImport, facts, computation)
                .singleBid(UGH, LocalDate.of(2026, 1, 26), "ООО «Роли»")
                .flagId();
        for (String user : new String[] {"ugh.employee", "region.custodian", "ugh.lawyer"}) {
            mvc.perform(get("/redflags").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/redflags/" + id).with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/redflags/export.xlsx").with(as(user))).andExpect(status().isForbidden());
            String home = mvc.perform(get("/").with(as(user)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(Jsoup.parse(home).select("#nav-redflags")).isEmpty();
        }
        for (String user : new String[] {"ugh.head", "region.auditor"}) {
            mvc.perform(get("/redflags/" + id).with(as(user))).andExpect(status().isOk());
            mvc.perform(post("/redflags/" + id + "/status")
                            .param("status", "DISMISSED")
                            .param("reason", "Просто так")
                            .with(csrf())
                            .with(as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/redflags/recompute").with(csrf()).with(as(user))).andExpect(status().isForbidden());
        }
        // without the CSRF token nobody decides
        mvc.perform(post("/redflags/" + id + "/status")
                        .param("status", "UNDER_REVIEW")
                        .with(as("ugh.officer")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select status from red_flag where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("NEW");
    }
}
