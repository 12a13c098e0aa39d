package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hole 31 (issue 20): a recommendation's actions are addressed under its visit ({@code
 * /visits/{visit}/recommendations/{rec}/…}) but the visit was not checked — a recommendation of
 * another visit was accepted, returned, removed or reported through a visit's address the user may
 * open. Now a recommendation that is not the visit's is not found and stays as it was.
 */
@Tag("security")
class Hole31VisitRecommendationOfAnotherVisitTest extends SecurityTest {

    private long visit(String status, String organization) {
        return jdbc.sql("""
                        select v.id from visit v join organization o on o.id = v.organization_id
                        where v.status = ? and o.name = ? order by v.id limit 1""").params(status, organization).query(Long.class).single();
    }

    private long recommendation(long visit, String status) {
        return jdbc.sql("select id from visit_recommendation where visit_id = ? and status = ? order by id limit 1")
                .params(visit, status)
                .query(Long.class)
                .single();
    }

    private String statusOf(long rec) {
        return jdbc.sql("select status from visit_recommendation where id = ?")
                .param(rec)
                .query(String.class)
                .single();
    }

    @Test
    void aRecommendationOfAnotherVisitIsNotFoundUnderThisVisitsAddress() throws Exception {
        long held = visit("HELD", KALUGA);
        long other = visit("PLANNED", OBNINSK);
        long open = recommendation(held, "OPEN");
        // the demo's reported one, unless another test has decided it already
        long reported = jdbc.sql("""
                        select id from visit_recommendation where visit_id = ?
                        order by (status = 'REPORTED') desc, id limit 1""").param(held).query(Long.class).single();
        String before = statusOf(reported);

        mvc.perform(post("/visits/" + other + "/recommendations/" + reported + "/accept")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/visits/" + other + "/recommendations/" + reported + "/return")
                        .param("remark", "Не та проверка")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/visits/" + other + "/recommendations/" + open + "/remove")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().isNotFound());
        assertThat(statusOf(reported)).isEqualTo(before);
        assertThat(statusOf(open)).isEqualTo("OPEN");
    }
}
