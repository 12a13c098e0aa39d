package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.probity.monitoring.ConsolidationFixture;

/**
 * Hole 20 (issue 20): the ratings' methodology and computation belong to the regional
 * administrator. An employee, a municipal officer, a head and the auditor who change the
 * methodology or compute a rating get 403 and no version is made; the page offers them no editor;
 * an employee and a head do not see the ratings at all; a change needs the CSRF token.
 */
@Tag("security")
class Hole27RatingMethodologyTest extends SecurityTest {

    private static MockHttpServletRequestBuilder change() {
        return post("/monitoring/ratings/methodology")
                .param("code", "commission.meetings")
                .param("denominator", "")
                .param("weight", "100")
                .param("bands", "0:100")
                .param("yes", "")
                .param("no", "");
    }

    private int versions() {
        return jdbc.sql("select count(*) from monitoring_rating_methodology")
                .query(Integer.class)
                .single();
    }

    @Test
    void onlyTheRegionalAdministratorChangesTheMethodology() throws Exception {
        int before = versions();
        for (String user :
                new String[] {"ugh.employee", "kaluga.officer", "ugh.officer", "ugh.head", "region.auditor"}) {
            mvc.perform(change().with(csrf()).with(as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(change().with(as("region.admin"))).andExpect(status().isForbidden());
        assertThat(versions()).isEqualTo(before);

        String page = mvc.perform(get("/monitoring/ratings/methodology").with(as("kaluga.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(page).select("#methodology-form")).isEmpty();
    }

    @Test
    void onlyTheRegionalAdministratorComputesARating() throws Exception {
        ConsolidationFixture.Scenario s = new ConsolidationFixture(jdbc).scenario(2081);
        for (String user : new String[] {"ugh.employee", "kaluga.officer", "region.auditor"}) {
            mvc.perform(post("/monitoring/ratings/compute")
                            .param("form", Long.toString(s.current()))
                            .with(csrf())
                            .with(as(user)))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from monitoring_rating_run where form_id = ?")
                        .param(s.current())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void anEmployeeAndAHeadDoNotSeeTheRatings() throws Exception {
        for (String user : new String[] {"ugh.employee", "ugh.head", "ugh.lawyer", "region.custodian"}) {
            mvc.perform(get("/monitoring/ratings").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/monitoring/ratings/methodology").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/monitoring/consolidation").with(as(user))).andExpect(status().isForbidden());
        }
    }
}
