package ru.probity.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;

/**
 * The statistics of reports with exact figures on the test's own organizations (a department of
 * Kaluga and its subordinate institution, made for this test) in a year long past, so that other
 * tests' reports never count.
 */
class ReportStatisticsTest extends IntegrationTest {

    @Autowired
    PublicReports publicReports;

    @Autowired
    ReportStatistics statistics;

    long department;
    long institution;

    CurrentUser current(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    long organization(String name, long parent, String kind) {
        long id = jdbc.sql("""
                insert into organization (parent_id, path, kind, name, created_by, updated_by)
                values (?, '', ?, ?, 'test', 'test') returning id""").params(parent, kind, name).query(Long.class).single();
        jdbc.sql(
                        "update organization set path = (select path from organization where id = ?) || id || '/' where id = ?")
                .params(parent, id)
                .update();
        return id;
    }

    /** A report taken by the Kaluga officer, then moved to the given day of receipt. */
    long intake(long organizationId, String channel, String topic, boolean municipal, LocalDate receivedOn)
            throws Exception {
        String location = mvc.perform(multipart("/reports")
                        .param("organizationId", Long.toString(organizationId))
                        .param("channel", channel)
                        .param("topic", topic)
                        .param("text", "Сообщение для статистики " + UUID.randomUUID())
                        .param("contacts", channel.equals("VISIT") ? "" : "Иванов Иван, г. Калуга, ул. Ленина, д. 2")
                        .param("answerAddress", "true")
                        .param("aboutMunicipalEmployee", Boolean.toString(municipal))
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        moveTo(id, receivedOn);
        return id;
    }

    void moveTo(long id, LocalDate receivedOn) {
        jdbc.sql("""
                update report set received_on = :day, register_by = :day + 3,
                       registered_on = case when registered_on is null then null else :day end,
                       redirect_by = case when redirect_by is null then null else :day + 7 end,
                       answer_by = case when answer_by is null then null else :day + 30 end
                where id = :id""").param("day", receivedOn).param("id", id).update();
    }

    @BeforeEach
    void organizationsAndReports() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        long kaluga = organizationId(KALUGA);
        department = organization("Статистический отдел " + marker, kaluga, "DEPARTMENT");
        institution = organization("МКУ «Статистика» " + marker, department, "INSTITUTION");

        // the department: two in January 2020 (one about a municipal employee), one answered
        intake(department, "HOTLINE", "BRIBERY", true, LocalDate.of(2020, 1, 10));
        long letter = intake(department, "LETTER", "PROCUREMENT", false, LocalDate.of(2020, 1, 31));
        jdbc.sql("update report set status = 'ANSWERED', answered_on = ?, closed_on = ? where id = ?")
                .params(LocalDate.of(2020, 2, 20), LocalDate.of(2020, 2, 20), letter)
                .update();
        // the institution: a web report about a municipal employee and an anonymous visit in March
        publicReports.submit(new PublicReports.Submission(
                institution,
                ReportTopic.ABUSE_OF_POWER,
                "Сотрудник учреждения использует служебное положение " + marker,
                null,
                null,
                null,
                null,
                false,
                true,
                List.of()));
        long web = jdbc.sql("select max(id) from report where organization_id = ?")
                .param(institution)
                .query(Long.class)
                .single();
        moveTo(web, LocalDate.of(2020, 3, 1));
        intake(institution, "VISIT", "OTHER", false, LocalDate.of(2020, 3, 31));
        // a row whose sealed parts cannot be opened at all: statistics never try
        jdbc.sql("""
                insert into report (organization_id, channel, topic, status, anonymous, received_on, register_by,
                                    data_key, body, created_by)
                values (?, 'EMAIL', 'BRIBERY', 'CLOSED', true, date '2020-06-15', date '2020-06-18',
                        '\\x00'::bytea, '\\x00'::bytea, 'test')""").param(institution).update();
    }

    ReportStatistics.Query query(LocalDate from, LocalDate to) {
        return new ReportStatistics.Query(from, to, department, null, null, null, false);
    }

    @Test
    void theFiguresOfFiveMonthsByMonthChannelTopicStatusAndOrganization() {
        var s = statistics.compute(
                current("kaluga.officer"), query(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 5, 31)));
        assertThat(s.totals()).isEqualTo(new ReportStatistics.Figures(4, 2, 0, 2, 3, 1, 1, 0, 3));
        assertThat(s.summary())
                .isEqualTo("За 5 месяцев (с 01.01.2020 по 31.05.2020) поступило 4 сообщения о фактах коррупции,"
                        + " из них о фактах коррупции со стороны муниципальных служащих — 2.");
        assertThat(s.months())
                .extracting(c -> c.key() + "=" + c.total() + "/" + c.aboutMunicipalEmployee())
                .containsExactly("2020-01=2/1", "2020-02=0/0", "2020-03=2/1", "2020-04=0/0", "2020-05=0/0");
        assertThat(s.months().getFirst().label()).isEqualTo("Январь 2020");
        assertThat(s.channels())
                .extracting(c -> c.key() + "=" + c.total())
                .containsExactly("WEB=1", "HOTLINE=1", "LETTER=1", "EMAIL=0", "VISIT=1");
        assertThat(s.topics())
                .extracting(c -> c.key() + "=" + c.total())
                .containsExactly(
                        "BRIBERY=1",
                        "ABUSE_OF_POWER=1",
                        "CONFLICT_OF_INTEREST=0",
                        "PROCUREMENT=1",
                        "MISUSE_OF_FUNDS=0",
                        "OTHER=1");
        assertThat(s.statuses())
                .extracting(c -> c.key() + "=" + c.total())
                .containsExactly("NEW=1", "REGISTERED=2", "ANSWERED=1", "CLOSED=0", "FORWARDED=0");
        assertThat(s.organizations())
                .extracting(o -> o.organizationId() + ":" + o.depth() + ":" + o.own() + "/"
                        + o.figures().total() + "/" + o.figures().aboutMunicipalEmployee())
                .containsExactly(department + ":0:2/4/2", institution + ":1:2/2/1");
    }

    @Test
    void noReportsInAPeriodIsSaidInWordsWithThePeriod() throws Exception {
        var s = statistics.compute(
                current("kaluga.officer"), query(LocalDate.of(2020, 7, 1), LocalDate.of(2020, 11, 30)));
        assertThat(s.none()).isTrue();
        assertThat(s.summary())
                .isEqualTo("За 5 месяцев (с 01.07.2020 по 30.11.2020) сообщений о фактах коррупции не поступало.");
        String page = mvc.perform(get("/reports/statistics")
                        .param("from", "2020-07-01")
                        .param("to", "2020-11-30")
                        .param("organizationId", Long.toString(department))
                        .with(as("kaluga.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("За 5 месяцев (с 01.07.2020 по 30.11.2020) сообщений о фактах коррупции не поступало.")
                .doesNotContain("id=\"month-chart\"");

        // the row that cannot be opened is counted like any other: only metadata is read
        var june = statistics.compute(
                current("kaluga.officer"), query(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 6, 30)));
        assertThat(june.summary())
                .isEqualTo("За 1 месяц (с 01.06.2020 по 30.06.2020) поступило 1 сообщение о фактах коррупции;"
                        + " сообщений о фактах коррупции со стороны муниципальных служащих не поступало.");

        // not whole months: the dates; only about municipal employees
        var municipal = statistics.compute(
                current("kaluga.officer"),
                new ReportStatistics.Query(
                        LocalDate.of(2020, 1, 15), LocalDate.of(2020, 2, 20), department, null, null, null, true));
        assertThat(municipal.summary())
                .isEqualTo("За период с 15.01.2020 по 20.02.2020 сообщений о фактах коррупции"
                        + " со стороны муниципальных служащих не поступало.");
        var hotline = statistics.compute(
                current("kaluga.officer"),
                new ReportStatistics.Query(
                        LocalDate.of(2020, 1, 1),
                        LocalDate.of(2020, 12, 31),
                        department,
                        ReportChannel.HOTLINE,
                        null,
                        null,
                        true));
        assertThat(hotline.summary())
                .isEqualTo("За 12 месяцев (с 01.01.2020 по 31.12.2020) поступило 1 сообщение о фактах коррупции"
                        + " со стороны муниципальных служащих. Учтены только сообщения: канал «Телефон доверия».");
    }

    @Test
    void thePageHasTheChartsAndTheTreeAndIsLimitedToTheViewersSubtree() throws Exception {
        String page = mvc.perform(get("/reports/statistics")
                        .param("from", "2020-01-01")
                        .param("to", "2020-05-31")
                        .param("organizationId", Long.toString(department))
                        .with(as("kaluga.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("id=\"month-chart\"")
                .contains("id=\"channel-chart\"")
                .contains("id=\"topic-chart\"")
                .contains("<title>Январь 2020: 2</title>")
                .contains("id=\"organization-" + institution + "\"")
                .contains("id=\"figure-total\">4<")
                .contains("id=\"figure-municipal\">2<");

        // the default period is the current year up to today (an HTTP From header is no period)
        String defaults = mvc.perform(get("/reports/statistics")
                        .header("From", "robot@example.org")
                        .with(as("region.custodian")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(defaults)
                .contains("value=\"" + LocalDate.now().withDayOfYear(1) + "\"")
                .contains("value=\"" + LocalDate.now() + "\"");

        mvc.perform(get("/reports/statistics")
                        .param("organizationId", Long.toString(department))
                        .with(as("obninsk.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/statistics").with(as("ugh.head"))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/statistics").with(as("ugh.employee"))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/statistics.xlsx").with(as("ugh.employee"))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/statistics")
                        .param("from", "2000-01-01")
                        .param("to", "2020-01-01")
                        .with(as("kaluga.officer")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("Период не может быть длиннее 10 лет"));
        String list = mvc.perform(get("/reports").with(as("kaluga.officer")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("href=\"/reports/statistics\"");
    }

    @Test
    void theWorkbookHasTheSameFigures() throws Exception {
        byte[] xlsx = mvc.perform(get("/reports/statistics.xlsx")
                        .param("from", "2020-01-01")
                        .param("to", "2020-05-31")
                        .param("organizationId", Long.toString(department))
                        .with(as("kaluga.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        DataFormatter cells = new DataFormatter();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Итоги");
            Sheet summary = workbook.getSheet("Итоги");
            assertThat(cells.formatCellValue(summary.getRow(3).getCell(0)))
                    .startsWith("За 5 месяцев (с 01.01.2020 по 31.05.2020) поступило 4 сообщения");
            assertThat(cells.formatCellValue(summary.getRow(5).getCell(0))).isEqualTo("Всего");
            assertThat(cells.formatCellValue(summary.getRow(5).getCell(1))).isEqualTo("4");
            Sheet months = workbook.getSheet("По месяцам");
            assertThat(cells.formatCellValue(months.getRow(0).getCell(2))).isEqualTo("О муниципальных служащих");
            assertThat(cells.formatCellValue(months.getRow(3).getCell(0))).isEqualTo("Март 2020");
            assertThat(cells.formatCellValue(months.getRow(3).getCell(1))).isEqualTo("2");
            assertThat(cells.formatCellValue(months.getRow(6).getCell(1))).isEqualTo("4");
            Sheet channels = workbook.getSheet("По каналам");
            assertThat(cells.formatCellValue(channels.getRow(1).getCell(0))).isEqualTo("Сайт (виртуальная приёмная)");
            assertThat(cells.formatCellValue(channels.getRow(1).getCell(1))).isEqualTo("1");
            assertThat(workbook.getSheet("По темам")).isNotNull();
            assertThat(workbook.getSheet("По состоянию")).isNotNull();
            Sheet tree = workbook.getSheet("По организациям");
            assertThat(cells.formatCellValue(tree.getRow(1).getCell(1))).isEqualTo("2");
            assertThat(cells.formatCellValue(tree.getRow(1).getCell(2))).isEqualTo("4");
            assertThat(cells.formatCellValue(tree.getRow(2).getCell(0))).startsWith("  МКУ «Статистика»");
        }
    }
}
