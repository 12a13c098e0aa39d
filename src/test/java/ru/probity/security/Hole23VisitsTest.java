package ru.probity.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Hole 23 (issue 20): on-site visits. Only the regional administrator plans and holds visits,
 * records results and accepts reports; the auditor reads; the officer reads the visits of his
 * subtree — another municipality's visit, its files, DOCX and recommendations are not found — and
 * sees no results of a visit not yet held; only the officer reports execution; roles without visits
 * are refused; every change needs the CSRF token.
 */
@Tag("security")
class Hole23VisitsTest extends SecurityTest {

    long heldVisit() {
        return jdbc.sql(
                        "select id from visit where status = 'HELD' and created_by = 'region.admin' order by id limit 1")
                .query(Long.class)
                .single();
    }

    long plannedVisit() {
        return jdbc.sql("""
                        select v.id from visit v join organization o on o.id = v.organization_id
                        where v.status = 'PLANNED' and o.name = ? order by v.id limit 1""").param(OBNINSK).query(Long.class).single();
    }

    long openRecommendation(long visit) {
        return jdbc.sql(
                        "select id from visit_recommendation where visit_id = ? and status = 'OPEN' order by id limit 1")
                .param(visit)
                .query(Long.class)
                .single();
    }

    long file(long visit) {
        return jdbc.sql("select id from visit_file where visit_id = ? order by id limit 1")
                .param(visit)
                .query(Long.class)
                .single();
    }

    @Test
    void anotherMunicipalitysOfficerFindsNothingOfKalugasVisit() throws Exception {
        long visit = heldVisit();
        long rec = openRecommendation(visit);
        for (String officer : new String[] {"obninsk.officer", "ugh.officer"}) {
            mvc.perform(get("/visits/" + visit).with(as(officer))).andExpect(status().isNotFound());
            mvc.perform(get("/visits/" + visit + "/report.docx").with(as(officer)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/visits/" + visit + "/files/" + file(visit)).with(as(officer)))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/visits/" + visit + "/recommendations/" + rec + "/report")
                            .param("text", "Чужой отчёт")
                            .with(csrf())
                            .with(as(officer)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/visits/" + visit).with(as("kaluga.officer"))).andExpect(status().isOk());
    }

    @Test
    void rolesWithoutVisitsAreRefused() throws Exception {
        for (String user :
                new String[] {"ugh.employee", "ugh.head", "kaluga.commission", "ugh.lawyer", "region.custodian"}) {
            mvc.perform(get("/visits").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/visits/recommendations").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/visits/" + heldVisit()).with(as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/visits/templates").with(as("kaluga.officer"))).andExpect(status().isForbidden());
    }

    @Test
    void onlyTheRegionPlansHoldsRecordsAndAccepts() throws Exception {
        long visit = heldVisit();
        long planned = plannedVisit();
        long rec = openRecommendation(visit);
        long kaluga = organizationId(KALUGA);
        for (String user : new String[] {"kaluga.officer", "region.auditor"}) {
            mvc.perform(post("/visits")
                            .param("organizationId", Long.toString(kaluga))
                            .param("plannedFrom", "2026-12-20")
                            .param("subject", "Самовольный выезд")
                            .with(csrf())
                            .with(as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/visits/new").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/visits/" + visit + "/results")
                            .param("item", "1")
                            .with(csrf())
                            .with(as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/visits/" + visit + "/recommendations")
                            .param("text", "Своя рекомендация")
                            .param("dueOn", "2026-12-31")
                            .with(csrf())
                            .with(as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/visits/" + visit + "/recommendations/" + rec + "/remove")
                            .with(csrf())
                            .with(as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/visits/" + visit + "/recommendations/" + rec + "/accept")
                            .with(csrf())
                            .with(as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(multipart("/visits/" + visit + "/files")
                            .file(new MockMultipartFile(
                                    "file", "a.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8)))
                            .with(csrf())
                            .with(as(user)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/visits/templates/1/copy").with(csrf()).with(as(user)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/visits/" + planned + "/hold")
                        .param("heldFrom", "2026-01-01")
                        .with(csrf())
                        .with(as("obninsk.officer")))
                .andExpect(status().isForbidden());
        // only the municipality's officer reports execution
        for (String user : new String[] {"region.admin", "region.auditor"}) {
            mvc.perform(post("/visits/" + visit + "/recommendations/" + rec + "/report")
                            .param("text", "Отчёт за муниципалитет")
                            .with(csrf())
                            .with(as(user)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void theOfficerSeesNoResultsOfAVisitNotYetHeld() throws Exception {
        long planned = plannedVisit();
        mvc.perform(get("/visits/" + planned).with(as("obninsk.officer"))).andExpect(status().isOk());
        mvc.perform(get("/visits/" + planned + "/report.docx").with(as("obninsk.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/visits/" + planned + "/report.docx").with(as("region.auditor")))
                .andExpect(status().isOk());
    }

    @Test
    void changesNeedTheCsrfToken() throws Exception {
        long visit = heldVisit();
        mvc.perform(post("/visits/" + visit + "/recommendations")
                        .param("text", "Без токена")
                        .param("dueOn", "2026-12-31")
                        .with(as("region.admin")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/visits/" + visit + "/recommendations/" + openRecommendation(visit) + "/report")
                        .param("text", "Без токена")
                        .with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
    }
}
