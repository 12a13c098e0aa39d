package ru.probity.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.access.Role;
import ru.probity.training.exam.Scoring;

/**
 * The analysis of a test's results: four examinees of the period answer three questions in a known
 * pattern (right / wrong / left blank), a fifth finished two months ago, a sixth has not finished.
 */
class ExamAnalysisTest extends IntegrationTest {

    private static final char R = 'R';
    private static final char SKIP = '-';

    @Autowired
    Exams exams;

    @Autowired
    ExamAnalysis analysis;

    private long test;
    private List<Long> questions;
    private final LocalDate from = LocalDate.now().minusDays(30);

    private CurrentUser account(String name) {
        return ((CurrentUserHolder) users.loadUserByUsername(name)).currentUser();
    }
    /** A category of three one-answer questions (the first option right), all drawn by the test. */
    @BeforeEach
    void aTestWithKnownAnswers() {
        CurrentUser admin = account("region.admin");
        String name = "Анализ " + System.nanoTime();
        long category = jdbc.sql("insert into question_category (organization_id, name) values (?, ?) returning id")
                .params(admin.organizationId(), name)
                .query(Long.class)
                .single();
        questions = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            questions.add(jdbc.sql("""
                    insert into question (category_id, kind, text, options, created_by, updated_by)
                    values (?, 'SINGLE', ?, cast(? as jsonb), 'test', 'test') returning id""")
                    .params(
                            category,
                            "Вопрос " + i + " — " + name,
                            "[{\"text\":\"да\",\"match\":null,\"fraction\":100},{\"text\":\"нет\",\"match\":null,\"fraction\":0}]")
                    .query(Long.class)
                    .single());
        }
        test = exams.create(
                admin,
                name,
                30,
                60,
                3,
                LocalDate.now(),
                LocalDate.now().plusDays(30),
                true,
                List.of(new Exams.Part(category, 3)));
        exams.assign(admin, test, List.of(organizationId(KALUGA), organizationId(OBNINSK)));

        List<Long> kaluga = employeesWithin(KALUGA, 5);
        long obninsk = employeesWithin(OBNINSK, 1).getFirst();
        take(kaluga.get(0), "RRR", true);
        take(kaluga.get(1), "RRW", true);
        take(kaluga.get(2), "RWW", true);
        take(obninsk, "RW-", true);
        long old = take(kaluga.get(3), "RRR", true);
        jdbc.sql("""
                update test_attempt set started_at = now() - interval '60 days', deadline_at = now() - interval '59 days',
                  finished_at = now() - interval '60 days' + interval '10 minutes' where id = ?""").param(old).update();
        take(kaluga.get(4), "RR", false);
        // retired once drawn, so that the tests sharing the database (the browser journey builds a
        // test from every category with questions) do not draw them
        jdbc.sql("update question set active = false where category_id = ?")
                .param(category)
                .update();
    }

    private List<Long> employeesWithin(String organization, int count) {
        return jdbc.sql("""
                select e.id from employee e join organization o on o.id = e.organization_id
                where o.path like (select path from organization where name = ?) || '%' and e.active
                order by e.id limit ?""").params(organization, count).query(Long.class).list();
    }

    /** An attempt answered by pattern: R right, W wrong, - blank, by the question's number. */
    private long take(long employee, String pattern, boolean finish) {
        long organization = jdbc.sql("select organization_id from employee where id = ?")
                .param(employee)
                .query(Long.class)
                .single();
        CurrentUser examinee = new CurrentUser(-1, "examinee" + employee, "", Role.EMPLOYEE, organization, employee);
        long attempt = exams.start(examinee, test);
        Exams.Sheet sheet = exams.sheet(examinee, attempt);
        for (Exams.Shown shown : sheet.questions()) {
            // "Вопрос N — ...": N is the question's place in the pattern
            int q = Character.getNumericValue(shown.question().text().charAt("Вопрос ".length())) - 1;
            char answer = q < pattern.length() ? pattern.charAt(q) : SKIP;
            if (answer != SKIP) {
                exams.save(
                        attempt,
                        sheet.answerKey(),
                        shown.position(),
                        Scoring.Answer.choice(Set.of(answer == R ? 0 : 1)));
            }
        }
        if (finish) {
            exams.finish(examinee, attempt);
        }
        return attempt;
    }

    private int activeEmployeesWithin(String organization) {
        return jdbc.sql("""
                select count(*) from employee e join organization o on o.id = e.organization_id
                where o.path like (select path from organization where name = ?) || '%' and e.active""").param(organization).query(Integer.class).single();
    }

    @Test
    void resultsByOrganizationCountTheSubtreeAndThePeriodLeavesOlderAttemptsOut() {
        var kaluga = analysis.analyse(account("kaluga.officer"), test, new ExamAnalysis.Period(from, null));
        assertThat(kaluga.total().assigned()).isEqualTo(activeEmployeesWithin(KALUGA));
        // the attempt of two months ago is outside the period; Obninsk is outside Kaluga's subtree
        assertThat(kaluga.total().started()).isEqualTo(4);
        assertThat(kaluga.total().finished()).isEqualTo(3);
        assertThat(kaluga.total().passed()).isEqualTo(2);
        assertThat(kaluga.total().passRate()).isEqualTo(67);
        assertThat(kaluga.total().meanBest()).isCloseTo(66.67, within(0.01));
        assertThat(kaluga.examinees()).hasSize(activeEmployeesWithin(KALUGA));
        assertThat(kaluga.organizations())
                .allSatisfy(o -> assertThat(o.depth()).isGreaterThanOrEqualTo(0))
                .anySatisfy(o -> assertThat(o.finished()).isPositive());

        var region = analysis.analyse(account("region.admin"), test, new ExamAnalysis.Period(from, null));
        Map<String, ExamAnalysis.ByOrganization> rows = new java.util.HashMap<>();
        region.organizations().forEach(o -> rows.put(o.organization(), o));
        assertThat(rows.get(KALUGA).depth()).isZero();
        assertThat(rows.get(KALUGA).finished()).isEqualTo(3);
        assertThat(rows.get(OBNINSK).assigned()).isEqualTo(activeEmployeesWithin(OBNINSK));
        assertThat(rows.get(OBNINSK).finished()).isEqualTo(1);
        assertThat(rows.get(OBNINSK).passed()).isZero();
        assertThat(region.total().assigned()).isEqualTo(activeEmployeesWithin(KALUGA) + activeEmployeesWithin(OBNINSK));
        assertThat(region.total().finished()).isEqualTo(4);

        var always = analysis.analyse(account("region.admin"), test, new ExamAnalysis.Period(null, null));
        assertThat(always.total().finished()).isEqualTo(5);
        assertThat(always.total().passed()).isEqualTo(3);
        var before = analysis.analyse(
                account("region.admin"),
                test,
                new ExamAnalysis.Period(null, LocalDate.now().minusDays(40)));
        assertThat(before.total().finished()).isEqualTo(1);
    }

    @Test
    void itemAnalysisGivesTheFacilityAndDiscriminationOfTheKnownAnswers() {
        var result = analysis.analyse(account("region.admin"), test, new ExamAnalysis.Period(from, null));
        assertThat(result.analysed()).isEqualTo(4);
        assertThat(result.items()).hasSize(3);
        ExamAnalysis.Item first = item(result, 0);
        ExamAnalysis.Item second = item(result, 1);
        ExamAnalysis.Item third = item(result, 2);
        assertThat(first.answered()).isEqualTo(4);
        assertThat(first.facility()).isEqualTo(1.0);
        assertThat(first.tooEasy()).isTrue();
        assertThat(first.discrimination()).isEqualTo(0.0);
        assertThat(first.weak()).isTrue();
        assertThat(second.facility()).isEqualTo(0.5);
        assertThat(second.discrimination()).isEqualTo(1.0);
        assertThat(second.flagged()).isFalse();
        // a question left blank counts as answered wrongly
        assertThat(third.facility()).isEqualTo(0.25);
        assertThat(third.answered()).isEqualTo(4);

        // without the period the older attempt counts too: the second question 3 of 5
        var always = analysis.analyse(account("region.admin"), test, new ExamAnalysis.Period(null, null));
        assertThat(item(always, 1).facility()).isCloseTo(0.6, within(1e-9));
        // Kaluga's officer does not see Obninsk's examinee
        var kaluga = analysis.analyse(account("kaluga.officer"), test, new ExamAnalysis.Period(from, null));
        assertThat(kaluga.analysed()).isEqualTo(3);
        assertThat(item(kaluga, 2).facility()).isCloseTo(1.0 / 3, within(1e-9));
    }

    private ExamAnalysis.Item item(ExamAnalysis.Analysis result, int question) {
        return result.items().stream()
                .filter(i -> i.questionId() == questions.get(question))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theAnalysisPageDrawsTheChartsAndTheWorkbookHasTheThreeTables() throws Exception {
        String page = mvc.perform(get("/training/tests/" + test + "/analysis")
                        .param("from", from.toString())
                        .with(as("region.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("id=\"results-by-organization\"", "id=\"item-analysis\"", "слишком лёгкий")
                .contains("<svg id=\"facility-chart\"", "<svg id=\"scatter-chart\"", "<svg id=\"scores-chart\"")
                .contains("<title id=\"facility-chart-title\">");
        assertThat(mvc.perform(get("/training/tests/" + test).with(as("kaluga.officer")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("/training/tests/" + test + "/analysis");

        byte[] xlsx = mvc.perform(get("/training/tests/" + test + "/analysis.xlsx")
                        .param("from", from.toString())
                        .with(as("kaluga.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("По организациям");
            assertThat(workbook.getSheetName(1)).isEqualTo("Сотрудники");
            assertThat(workbook.getSheetName(2)).isEqualTo("Анализ вопросов");

            Sheet byOrganization = workbook.getSheetAt(0);
            Row total = byOrganization.getRow(byOrganization.getLastRowNum());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Итого");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(activeEmployeesWithin(KALUGA));
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(3);
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(2);

            Sheet people = workbook.getSheetAt(1);
            assertThat(people.getLastRowNum()).isEqualTo(activeEmployeesWithin(KALUGA));
            int passed = 0;
            for (int r = 1; r <= people.getLastRowNum(); r++) {
                if (people.getRow(r).getCell(6).getStringCellValue().equals("сдал")) {
                    passed++;
                }
            }
            assertThat(passed).isEqualTo(2);

            Sheet items = workbook.getSheetAt(2);
            assertThat(items.getLastRowNum()).isEqualTo(3);
            List<Double> facility = new ArrayList<>();
            for (int r = 1; r <= 3; r++) {
                facility.add(items.getRow(r).getCell(4).getNumericCellValue());
            }
            assertThat(facility).containsExactlyInAnyOrder(1.0, 0.67, 0.33);
        }
    }

    @Test
    void anEmployeeIsRefusedAndAnotherMunicipalityDoesNotSeeATestItDidNotBuild() throws Exception {
        mvc.perform(get("/training/tests/" + test + "/analysis").with(as("ugh.employee")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/training/tests/" + test + "/analysis.xlsx").with(as("ugh.employee")))
                .andExpect(status().isForbidden());

        CurrentUser kaluga = account("kaluga.officer");
        long own = exams.create(
                kaluga,
                "Тест Калуги " + System.nanoTime(),
                30,
                80,
                1,
                null,
                null,
                true,
                List.of(new Exams.Part(
                        jdbc.sql("select category_id from knowledge_test_part where test_id = ?")
                                .param(test)
                                .query(Long.class)
                                .single(),
                        1)));
        mvc.perform(get("/training/tests/" + own + "/analysis").with(as("obninsk.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/training/tests/" + own + "/analysis.xlsx").with(as("obninsk.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/training/tests/" + own + "/analysis").with(as("kaluga.officer")))
                .andExpect(status().isOk());
    }
}
