package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.plans.Plans;
import ru.probity.platform.RegionTime;
import ru.probity.region.PeriodFigures;

/**
 * Hole 22 (issue 20, item 7): the anti-corruption plans. An officer neither reads nor changes the
 * plan of another municipality (pages, POSTs, the file of a report, the XLSX, the list asked for
 * another organization, the period figures); an auditor reads but does not change; an employee has
 * no plans; every change needs the CSRF token.
 */
@Tag("security")
class Hole22PlansTest extends SecurityTest {

    @Autowired
    Plans plans;

    @Autowired
    PeriodFigures periodFigures;

    @Autowired
    RegionTime regionTime;

    private long plan;
    private long measure;
    private long execution;

    private CurrentUser user(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    @BeforeEach
    void anObninskPlanWithAReportedMeasure() {
        CurrentUser obninsk = user("obninsk.officer");
        LocalDate today = regionTime.today();
        plan = plans.create(
                obninsk,
                new Plans.PlanForm(
                        obninsk.organizationId(), "План Обнинска (безопасность)", today.withDayOfYear(1), today, null));
        measure = plans.addMeasure(
                obninsk,
                plan,
                new Plans.MeasureForm(null, "1", "Мероприятие", null, "Исполнитель", "DATE", today, null, null));
        plans.report(
                obninsk,
                plan,
                measure,
                new Plans.ReportForm(today, "EXECUTED", "Сделано", today),
                new Plans.Upload("otchet.txt", "Отчёт".getBytes(StandardCharsets.UTF_8)));
        execution = plans.measures(obninsk, plan)
                .getFirst()
                .dues()
                .getFirst()
                .execution()
                .id();
    }

    private int measures() {
        return jdbc.sql("select count(*) from plan_measure where plan_id = ?")
                .param(plan)
                .query(Integer.class)
                .single();
    }

    @Test
    void anOfficerOfAnotherMunicipalityNeitherReadsNorChangesThePlan() throws Exception {
        mvc.perform(get("/plans/" + plan).with(as("kaluga.officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/plans/" + plan + "/plan.xlsx").with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/plans/" + plan + "/executions/" + execution + "/file").with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/plans?organization=" + organizationId(OBNINSK)).with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plans/" + plan + "/measures")
                        .param("number", "2")
                        .param("text", "Чужое")
                        .param("executorPerson", "Кто-то")
                        .param("termKind", "ANNUALLY")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plans/" + plan + "/measures/" + measure + "/delete")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/plans/" + plan + "/measures/" + measure + "/execution")
                        .file(new MockMultipartFile("file", "x.txt", "text/plain", "x".getBytes()))
                        .param("dueOn", regionTime.today().toString())
                        .param("status", "NOT_EXECUTED")
                        .param("text", "Чужое")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plans")
                        .param("organization", Long.toString(organizationId(OBNINSK)))
                        .param("title", "Чужой план")
                        .param("periodFrom", "2026-01-01")
                        .param("periodTo", "2026-12-31")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        assertThat(measures()).isEqualTo(1);
        assertThat(jdbc.sql("select status from plan_execution where id = ?")
                        .param(execution)
                        .query(String.class)
                        .single())
                .isEqualTo("EXECUTED");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> periodFigures.figures(
                        user("kaluga.officer"),
                        Set.of(organizationId(OBNINSK)),
                        regionTime.today().withDayOfYear(1),
                        regionTime.today()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAuditorReadsButDoesNotChangeAnEmployeeHasNoPlans() throws Exception {
        mvc.perform(get("/plans/" + plan).with(as("region.auditor"))).andExpect(status().isOk());
        mvc.perform(get("/plans/" + plan + "/executions/" + execution + "/file").with(as("region.auditor")))
                .andExpect(status().isOk());
        mvc.perform(post("/plans/" + plan + "/measures/" + measure + "/delete")
                        .with(csrf())
                        .with(as("region.auditor")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/plans").with(as("ugh.employee"))).andExpect(status().isForbidden());
        assertThat(measures()).isEqualTo(1);
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/plans/" + plan + "/measures/" + measure + "/delete").with(as("obninsk.officer")))
                .andExpect(status().isForbidden());
        assertThat(measures()).isEqualTo(1);
        mvc.perform(post("/plans/" + plan + "/measures/" + measure + "/delete")
                        .with(csrf())
                        .with(as("obninsk.officer")))
                .andExpect(status().is3xxRedirection());
        assertThat(measures()).isZero();
    }
}
