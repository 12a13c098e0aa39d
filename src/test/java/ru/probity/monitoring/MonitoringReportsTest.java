package ru.probity.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.monitoring.model.PeriodKind;
import ru.probity.region.PeriodFigures;

/**
 * Issue 20, item 1, as the users meet it: the region creates a quarterly form from the default,
 * assigns it to three organizations, each report pre-filled from Probity's figures with their
 * source; the officer corrects a value (only with a reason), submits; the region returns it with a
 * remark and accepts the resubmitted version; history, versions and «Мои задачи» follow.
 */
class MonitoringReportsTest extends IntegrationTest {

    @Autowired
    PeriodFigures periodFigures;

    @BeforeEach
    void figures() {
        TestPeriodSource.use(Map.of(organizationId(KALUGA), 7L, organizationId(OBNINSK), 3L, organizationId(UGH), 2L));
    }

    @AfterEach
    void noFigures() {
        TestPeriodSource.clear();
    }

    private CurrentUser current(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private MockHttpServletRequestBuilder form(String username, String path) {
        return post(path).with(as(username)).with(csrf());
    }

    private long createFromDefault(int year, int quarter) throws Exception {
        String location = mvc.perform(form("region.admin", "/monitoring/forms")
                        .param("basis", "default")
                        .param("periodKind", "QUARTER")
                        .param("periodYear", Integer.toString(year))
                        .param("periodNumber", Integer.toString(quarter))
                        .param("dueOn", LocalDate.now().plusDays(10).toString()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The form's indicator of the test source (added to the default form while it is a draft). */
    private long addTestIndicator(long form) throws Exception {
        mvc.perform(form("region.admin", "/monitoring/forms/" + form + "/indicators")
                        .param("section", "10. Проверочный раздел")
                        .param("code", "test.cases")
                        .param("name", "Проверочный показатель")
                        .param("kind", "NUMBER")
                        .param("source", TestPeriodSource.ID)
                        .param("required", "true"))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from monitoring_indicator where form_id = ? and code = 'test.cases'")
                .param(form)
                .query(Long.class)
                .single();
    }

    private void assign(long form, String... organizations) throws Exception {
        MockHttpServletRequestBuilder request = form("region.admin", "/monitoring/forms/" + form + "/assign")
                .param("dueOn", LocalDate.now().plusDays(10).toString());
        for (String name : organizations) {
            request.param("organizationIds", Long.toString(organizationId(name)));
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private long reportOf(long form, String organization) {
        return jdbc.sql("select id from monitoring_report where form_id = ? and organization_id = ?")
                .params(form, organizationId(organization))
                .query(Long.class)
                .single();
    }

    private String statusOf(long report) {
        return jdbc.sql("select status from monitoring_report where id = ?")
                .param(report)
                .query(String.class)
                .single();
    }

    /** Fills every required value of the report that is still empty, as the officer. */
    private MockHttpServletRequestBuilder everyRequiredValue(String username, long report) {
        MockHttpServletRequestBuilder request = form(username, "/monitoring/reports/" + report);
        List<Map<String, Object>> empty = jdbc.sql("""
                        select i.id, i.kind from monitoring_indicator i
                        join monitoring_report r on r.form_id = i.form_id
                        left join monitoring_value v on v.report_id = r.id and v.indicator_id = i.id
                        where r.id = ? and i.required and v.number_value is null and v.flag_value is null
                          and v.text_value is null and v.file_name is null""").param(report).query().listOfRows();
        for (Map<String, Object> row : empty) {
            String kind = (String) row.get("kind");
            long id = ((Number) row.get("id")).longValue();
            switch (kind) {
                case "NUMBER" -> request.param("number_" + id, "1");
                case "YES_NO" -> request.param("flag_" + id, "true");
                case "TEXT" -> request.param("text_" + id, "Сведения");
                default -> {}
            }
        }
        return request;
    }

    @Test
    void theRegionCreatesAFormFromTheDefaultAndAssignsItPreFilledFromProbitysFigures() throws Exception {
        int[] quarter = PeriodKind.QUARTER.lastFinished(LocalDate.now());
        long form = createFromDefault(quarter[0], quarter[1]);

        String card = page("region.admin", "/monitoring/forms/" + form);
        assertThat(card)
                .contains("Мониторинг деятельности по профилактике коррупционных правонарушений")
                .contains(quarter[1] + " квартал " + quarter[0] + " года")
                .contains("Утверждён план противодействия коррупции")
                .contains("Приказу Минтруда России № 530н")
                .contains("проверено на аффилированность")
                .contains("Черновик");
        long testIndicator = addTestIndicator(form);
        assign(form, KALUGA, OBNINSK, UGH);

        assertThat(page("region.admin", "/monitoring/forms/" + form))
                .contains("Направлена организациям", KALUGA, OBNINSK, UGH, "Направлен, не заполнялся");
        assertThat(jdbc.sql("select count(*) from monitoring_report where form_id = ? and status = 'ASSIGNED'")
                        .param(form)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);

        // every value with a source equals the period figure of the organization's subtree
        LocalDate from = PeriodKind.QUARTER.from(quarter[0], quarter[1]);
        LocalDate to = PeriodKind.QUARTER.to(quarter[0], quarter[1]);
        Set<Long> organizations = Set.of(organizationId(KALUGA), organizationId(OBNINSK), organizationId(UGH));
        Map<Long, Map<String, Long>> expected = periodFigures.figures(current("region.admin"), organizations, from, to);
        List<Map<String, Object>> sourced = jdbc.sql("""
                        select r.organization_id, i.source, v.prefilled, v.number_value, v.prefilled_link
                        from monitoring_report r join monitoring_indicator i on i.form_id = r.form_id
                        left join monitoring_value v on v.report_id = r.id and v.indicator_id = i.id
                        where r.form_id = ? and i.source is not null""").param(form).query().listOfRows();
        assertThat(sourced).hasSizeGreaterThan(3 * 20);
        for (Map<String, Object> row : sourced) {
            long org = ((Number) row.get("organization_id")).longValue();
            Long figure = expected.get(org).get((String) row.get("source"));
            BigDecimal prefilled = (BigDecimal) row.get("prefilled");
            if (figure == null) {
                assertThat(prefilled).as("no figure for %s", row.get("source")).isNull();
            } else {
                assertThat(prefilled).as("%s of %s", row.get("source"), org).isEqualByComparingTo(figure.toString());
                assertThat((BigDecimal) row.get("number_value")).isEqualByComparingTo(figure.toString());
            }
        }
        assertThat(expected.get(organizationId(KALUGA))).containsEntry(TestPeriodSource.ID, 7L);

        // the officer sees the pre-filled value with its source's link
        long kaluga = reportOf(form, KALUGA);
        String report = page("kaluga.officer", "/monitoring/reports/" + kaluga);
        assertThat(report)
                .contains("Проверочный показатель", "из данных Probity: 7")
                .contains("/region?organization=" + organizationId(KALUGA) + "&amp;from=" + from + "&amp;to=" + to)
                .contains("Обновить из данных Probity");
        assertThat(jdbc.sql("select prefilled from monitoring_value where report_id = ? and indicator_id = ?")
                        .params(reportOf(form, UGH), testIndicator)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("2");
        // the form is frozen once assigned
        mvc.perform(form("region.admin", "/monitoring/indicators/" + testIndicator + "/delete")
                        .header("Referer", "/monitoring/forms/" + form))
                .andExpect(flash().attribute(
                                "problem",
                                "Форма уже направлена организациям: её разделы и показатели не изменяются."));
    }

    @Test
    void theOfficerCorrectsOnlyWithAReasonSubmitsAndTheRegionReturnsAndAccepts() throws Exception {
        int[] quarter = PeriodKind.QUARTER.lastFinished(LocalDate.now());
        long form = createFromDefault(quarter[0], quarter[1]);
        long indicator = addTestIndicator(form);
        assign(form, KALUGA);
        long report = reportOf(form, KALUGA);
        String path = "/monitoring/reports/" + report;

        // «Мои задачи» of the officer
        assertThat(page("kaluga.officer", "/tasks")).contains(path, "Заполнить отчёт мониторинга");

        // a changed pre-filled number without a reason is refused, nothing is saved
        var refused = mvc.perform(form("kaluga.officer", path)
                        .param("number_" + indicator, "9")
                        .header("Referer", path))
                .andExpect(flash().attribute(
                                "problem",
                                "Значение «Проверочный показатель» отличается от данных Probity (7): укажите причину"
                                        + " исправления."))
                .andReturn();
        // the page comes back with what was typed, not with the stored values
        var following = get(path).with(as("kaluga.officer"));
        if (refused.getResponse().getCookie("SESSION") != null) {
            following.cookie(refused.getResponse().getCookie("SESSION"));
        } else {
            following.flashAttrs(refused.getFlashMap());
        }
        String again = mvc.perform(following)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(again).contains("отличается от данных Probity (7)");
        assertThat(again).containsPattern("name=\"number_" + indicator + "\"\\s+value=\"9\"");
        assertThat(jdbc.sql("select number_value from monitoring_value where report_id = ? and indicator_id = ?")
                        .params(report, indicator)
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("7");

        // with the reason it is kept
        mvc.perform(form("kaluga.officer", path)
                        .param("number_" + indicator, "9")
                        .param("reason_" + indicator, "Два случая учтены по данным прокуратуры"))
                .andExpect(flash().attribute("notice", "Черновик отчёта сохранён."));
        assertThat(statusOf(report)).isEqualTo("DRAFT");

        // submitting with required values missing is refused
        mvc.perform(form("kaluga.officer", path).param("action", "submit").header("Referer", path))
                .andExpect(flash().attribute(
                                "problem", org.hamcrest.Matchers.startsWith("Не заполнены обязательные показатели: ")));
        assertThat(statusOf(report)).isEqualTo("DRAFT");

        // the refresh keeps the corrected value
        mvc.perform(form("kaluga.officer", path + "/refresh")).andExpect(status().is3xxRedirection());
        assertThat(page("kaluga.officer", path)).contains("Два случая учтены по данным прокуратуры");

        mvc.perform(everyRequiredValue("kaluga.officer", report).param("action", "submit"))
                .andExpect(flash().attribute("notice", "Отчёт представлен в регион (версия 1)."));
        assertThat(statusOf(report)).isEqualTo("SUBMITTED");
        assertThat(page("kaluga.officer", "/tasks")).doesNotContain(path + "\"");
        assertThat(page("region.admin", "/tasks"))
                .contains("/monitoring/forms/" + form, "Рассмотреть отчёты мониторинга");

        // the region sees the correction beside the pre-filled figure
        String review = page("region.admin", path);
        assertThat(review)
                .contains("Два случая учтены по данным прокуратуры", "Принять отчёт", "Вернуть с замечаниями");

        // a return needs a remark
        mvc.perform(form("region.admin", path + "/return").param("remark", " ").header("Referer", path))
                .andExpect(flash().attribute("problem", "Укажите замечания, с которыми отчёт возвращается."));
        mvc.perform(form("region.admin", path + "/return").param("remark", "Уточните число заседаний комиссии"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(report)).isEqualTo("RETURNED");
        assertThat(page("kaluga.officer", path)).contains("Уточните число заседаний комиссии", "Представить в регион");
        assertThat(page("kaluga.officer", "/tasks")).contains(path, "возвращённый с замечаниями");

        mvc.perform(form("kaluga.officer", path).param("action", "submit"))
                .andExpect(flash().attribute("notice", "Отчёт представлен в регион (версия 2)."));
        mvc.perform(form("region.admin", path + "/accept")).andExpect(status().is3xxRedirection());
        assertThat(statusOf(report)).isEqualTo("ACCEPTED");

        String history = page("region.admin", path);
        assertThat(history)
                .contains("Направлен организации", "Представлен в регион", "Возвращён с замечаниями", "Принят")
                .contains("Версия 1 от", "Версия 2 от")
                .doesNotContain("Принять отчёт");
        assertThat(jdbc.sql("select count(*) from monitoring_report_event where report_id = ? and kind = 'SUBMITTED'"
                                + " and snapshot is not null")
                        .param(report)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        // an accepted report is not changed any more
        mvc.perform(form("kaluga.officer", path)
                        .param("number_" + indicator, "1")
                        .header("Referer", path))
                .andExpect(flash().attribute("problem", "Отчёт уже представлен или принят: изменять его нельзя."));
        // the auditor reads, but does not review
        assertThat(page("region.auditor", path)).contains("Два случая учтены по данным прокуратуры");
    }

    @Test
    void aCopyOfAFormKeepsItsIndicatorsAndABadPeriodIsRefused() throws Exception {
        long form = createFromDefault(2025, 2);
        String location = mvc.perform(form("region.admin", "/monitoring/forms")
                        .param("basis", Long.toString(form))
                        .param("periodKind", "HALF_YEAR")
                        .param("periodYear", "2025")
                        .param("periodNumber", "2"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long copy = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select count(*) from monitoring_indicator where form_id = ?")
                        .param(copy)
                        .query(Integer.class)
                        .single())
                .isEqualTo(jdbc.sql("select count(*) from monitoring_indicator where form_id = ?")
                        .param(form)
                        .query(Integer.class)
                        .single());
        assertThat(page("region.admin", "/monitoring/forms/" + copy))
                .contains("2 полугодие 2025 года", "с 01.07.2025 по 31.12.2025");

        mvc.perform(form("region.admin", "/monitoring/forms")
                        .param("basis", "default")
                        .param("periodKind", "QUARTER")
                        .param("periodYear", "2025")
                        .param("periodNumber", "5")
                        .header("Referer", "/monitoring"))
                .andExpect(flash().attribute(
                                "problem",
                                "Номер периода не подходит: квартал — от 1 до 4, полугодие — 1 или 2, год — 1."));
        // an officer defines no forms
        mvc.perform(form("kaluga.officer", "/monitoring/forms")
                        .param("basis", "default")
                        .param("periodKind", "QUARTER")
                        .param("periodYear", "2025")
                        .param("periodNumber", "1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theDemoShowsAQuarterlyFormWithReportsInEveryStep() throws Exception {
        long form = jdbc.sql("select min(id) from monitoring_form")
                .query(Long.class)
                .single();
        assertThat(page("region.admin", "/monitoring/forms/" + form))
                .contains(KALUGA, OBNINSK, "Принят", "Возвращён с замечаниями", "Представлен, на рассмотрении")
                .contains("Направлен, не заполнялся");
        assertThat(page("kaluga.officer", "/monitoring")).contains("Мониторинг деятельности по профилактике");
        assertThat(page("kaluga.officer", "/tasks")).contains("Заполнить отчёт мониторинга");
        assertThat(page("region.admin", "/tasks")).contains("Рассмотреть отчёты мониторинга");
        // the accepted ones are rated by the default methodology
        assertThat(page("region.admin", "/monitoring/ratings?form=" + form))
                .contains(OBNINSK, "Рассчитан по методике версии 1")
                .doesNotContain(KALUGA);
    }
}
