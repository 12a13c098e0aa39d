package ru.probity.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static ru.probity.contest.ContestFixtures.html;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.platform.RegionTime;
import ru.probity.portal.PublicSection;

/**
 * Issue 21, item 5: a contest announced by the region is on the public pages; a participant applies
 * through the form and gets a receipt; the officer admits; each juror scores; the closing computes
 * the results (ties share a place), their publication shows names, schools, municipalities and
 * places without birth dates; diplomas PDF and statistics XLSX; the jurors' «Мои задачи»; the demo's
 * contests.
 */
class ContestTest extends IntegrationTest {

    @Autowired
    Contests contests;

    @Autowired
    RegionTime regionTime;

    @Autowired
    List<PublicSection> sections;

    private CurrentUser user(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    private ContestFixtures fixtures() {
        return new ContestFixtures(mvc, jdbc, contests);
    }

    @Test
    void aParticipantAppliesTheJuryScoresAndTheResultsArePublishedWithDiplomas() throws Exception {
        ContestFixtures f = fixtures();
        long kaluga = organizationId(KALUGA);
        var c = f.announced(
                user("region.admin"),
                kaluga,
                "Конкурс плакатов «Честный город»",
                regionTime.today(),
                "kaluga.officer",
                "region.admin");

        // the public list, the contest's page and its form
        String list = html(mvc.perform(get("/public/" + kaluga + "/contests")).andReturn());
        assertThat(list).contains("Конкурс плакатов «Честный город»");
        String page = html(
                mvc.perform(get("/public/" + kaluga + "/contests/" + c.id())).andReturn());
        assertThat(page).contains("Лучший плакат", "14–17 лет", "Подать заявку", "Положение: Конкурс плакатов");
        assertThat(html(mvc.perform(get("/public/" + kaluga + "/contests/" + c.id() + "/apply"))
                        .andReturn()))
                .contains("id=\"contest-apply-surname\"", "id=\"contest-apply-submit\"", "data-pow");

        // three applications: two posters, one of them by a minor with consent
        MvcResult first = f.apply(c, "127.21.5.1", Map.of(), ContestFixtures.poster());
        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(first)).contains("Заявка принята", "18–25 лет");
        long a1 = f.applicationId(c, first);
        long a2 = f.applicationId(
                c,
                f.apply(
                        c,
                        "127.21.5.2",
                        Map.of(
                                "lastName", "Осипов",
                                "firstName", "Лев",
                                "birthDate", regionTime.today().minusYears(15).toString(),
                                "parentName", "Осипова Марина Сергеевна",
                                "parentConsent", "true"),
                        ContestFixtures.poster()));
        long a3 = f.applicationId(
                c,
                f.apply(
                        c,
                        "127.21.5.3",
                        Map.of("lastName", "Тарасова", "firstName", "Ника"),
                        ContestFixtures.poster()));
        long a4 = f.applicationId(
                c,
                f.apply(c, "127.21.5.4", Map.of("lastName", "Лапина", "firstName", "Ольга"), ContestFixtures.poster()));
        long a5 = f.applicationId(
                c,
                f.apply(c, "127.21.5.5", Map.of("lastName", "Зимин", "firstName", "Олег"), ContestFixtures.poster()));
        assertThat(jdbc.sql("select minor from contest_application where id = ?")
                        .param(a2)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        // the officer's task, then the moderation
        assertThat(html(mvc.perform(get("/tasks").with(as("region.admin"))).andReturn()))
                .contains("Заявки конкурса ждут проверки: 5");
        for (long a : List.of(a1, a2, a3, a4, a5)) {
            mvc.perform(post("/contests/" + c.id() + "/applications/" + a + "/admit")
                            .with(as("region.admin"))
                            .with(csrf()))
                    .andReturn();
        }
        // a juror's task and list
        assertThat(html(mvc.perform(get("/tasks").with(as("kaluga.officer"))).andReturn()))
                .contains("Оценить работы конкурса: 5");
        String works = html(mvc.perform(get("/contests/" + c.id() + "/jury").with(as("kaluga.officer")))
                .andReturn());
        assertThat(works).contains("Честность — это стиль жизни").doesNotContain("Ручкина", "Осипова");
        String sheet =
                html(mvc.perform(get("/contests/" + c.id() + "/jury/" + a1).with(as("kaluga.officer")))
                        .andReturn());
        long k1 = c.posterCriteria().get(0);
        long k2 = c.posterCriteria().get(1);
        assertThat(sheet).contains("id=\"score-" + k1 + "\"", "id=\"score-submit\"");

        // 18–25: a1 = (10+5, 9+4) → 14.00 and a4 = (9+5, 10+4) → 14.00 share the first place, a3 = (5+1, 6+2)
        // → 7.00 is third, a5 scored by one juror only on one criterion has no place; 14–17: a2 alone, first
        score(c.id(), a1, "kaluga.officer", k1, 10, k2, 5);
        score(c.id(), a1, "region.admin", k1, 9, k2, 4);
        score(c.id(), a4, "kaluga.officer", k1, 9, k2, 5);
        score(c.id(), a4, "region.admin", k1, 10, k2, 4);
        score(c.id(), a3, "kaluga.officer", k1, 5, k2, 1);
        score(c.id(), a3, "region.admin", k1, 6, k2, 2);
        score(c.id(), a2, "region.admin", k1, 8, k2, 3);
        jdbc.sql("insert into contest_score (application_id, user_id, criterion_id, points)"
                        + " select ?, id, ?, 9 from app_user where username = 'kaluga.officer'")
                .params(a5, k1)
                .update();
        // a score out of range is refused in Russian
        MvcResult bad = mvc.perform(post("/contests/" + c.id() + "/jury/" + a3)
                        .param("score-" + k1, "11")
                        .param("score-" + k2, "1")
                        .with(as("region.admin"))
                        .with(csrf()))
                .andReturn();
        assertThat(String.valueOf(bad.getFlashMap().get("problem"))).contains("целое число от нуля");

        // closing and publishing
        mvc.perform(post("/contests/" + c.id() + "/close")
                        .with(as("region.admin"))
                        .with(csrf()))
                .andReturn();
        String officer = html(
                mvc.perform(get("/contests/" + c.id()).with(as("region.admin"))).andReturn());
        assertThat(officer).contains("id=\"results-publish\"", "14.00", "7.00");
        mvc.perform(post("/contests/" + c.id() + "/publish")
                        .with(as("region.admin"))
                        .with(csrf()))
                .andReturn();
        String results = html(mvc.perform(get("/public/" + kaluga + "/contests/" + c.id() + "/results"))
                .andReturn());
        assertThat(results)
                .contains(
                        "Ручкина Дарья Олеговна",
                        "Осипов Лев",
                        "Тарасова Ника",
                        "МБОУ «Гимназия № 24» г. Калуги",
                        KALUGA)
                .contains("1 место", "3 место", "участник")
                .doesNotContain("2 место", regionTime.today().minusYears(20).getYear() + "-", "Осипова Марина");
        assertThat(results.split("1 место", -1).length - 1).isEqualTo(3);

        // the diplomas and the statistics
        MvcResult pdf = mvc.perform(get("/contests/" + c.id() + "/diplomas.pdf").with(as("region.admin")))
                .andReturn();
        try (var document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            assertThat(document.getNumberOfPages()).isEqualTo(5);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("ДИПЛОМ", "I степени", "Ручкина Дарья Олеговна", "СЕРТИФИКАТ УЧАСТНИКА");
        }
        assertThat(html(mvc.perform(get("/contests/" + c.id() + "/statistics").with(as("region.admin")))
                        .andReturn()))
                .contains("МБОУ «Гимназия № 24» г. Калуги");
        MvcResult xlsx = mvc.perform(
                        get("/contests/" + c.id() + "/statistics.xlsx").with(as("region.admin")))
                .andReturn();
        try (var book =
                new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            var row = book.getSheetAt(0).getRow(1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("МБОУ «Гимназия № 24» г. Калуги");
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(5);
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(4);
        }

        // the public section lists the results page and finds the contest
        PublicSection section = sections.stream()
                .filter(s -> s.id().equals("contests"))
                .findFirst()
                .orElseThrow();
        assertThat(section.order()).isEqualTo(140);
        assertThat(section.shownFor(kaluga)).isTrue();
        assertThat(section.pages(kaluga))
                .extracting(p -> p.path())
                .contains("/public/" + kaluga + "/contests/" + c.id() + "/results");
        assertThat(section.search(kaluga, "честный город", 5)).isNotEmpty();
    }

    private void score(long contest, long application, String juror, long k1, int p1, long k2, int p2)
            throws Exception {
        MvcResult r = mvc.perform(post("/contests/" + contest + "/jury/" + application)
                        .param("score-" + k1, Integer.toString(p1))
                        .param("score-" + k2, Integer.toString(p2))
                        .with(as(juror))
                        .with(csrf()))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(r.getFlashMap().get("problem")).isNull();
    }

    @Test
    void theDemoHasThisYearsContestOpenWithAnExcludedJurorAndLastYearsResultsPublished() throws Exception {
        long root = jdbc.sql("select min(id) from organization where parent_id is null")
                .query(Long.class)
                .single();
        List<Map<String, Object>> demo = jdbc.sql("""
                select c.id, c.status, count(a.id) as applications from contest c
                left join contest_application a on a.contest_id = c.id
                where c.organization_id = ? and c.title like '%Вместе против коррупции%' group by c.id order by c.id""").param(root).query().listOfRows();
        assertThat(demo).hasSize(2);
        assertThat(demo.get(0).get("status")).isEqualTo("RESULTS_PUBLISHED");
        assertThat(demo.get(1).get("status")).isEqualTo("ANNOUNCED");
        assertThat(((Number) demo.get(1).get("applications")).intValue()).isGreaterThanOrEqualTo(30);
        long current = ((Number) demo.get(1).get("id")).longValue();
        long past = ((Number) demo.get(0).get("id")).longValue();

        String officer = html(mvc.perform(get("/contests/" + current).with(as("region.admin")))
                .andReturn());
        assertThat(officer).contains("Отводы членов жюри", "Лучший видеоролик", "14–17 лет");
        assertThat(officer).containsPattern("родственник члена жюри|законный представитель участника");
        String page = html(
                mvc.perform(get("/public/" + root + "/contests/" + current)).andReturn());
        assertThat(page).contains("Подать заявку");
        String results = html(mvc.perform(get("/public/" + root + "/contests/" + past + "/results"))
                .andReturn());
        assertThat(results).contains("1 место", "Лучшее эссе");
        assertThat(html(mvc.perform(get("/tasks").with(as("ugh.head"))).andReturn()))
                .contains("Оценить работы конкурса");
        MvcResult pdf = mvc.perform(get("/contests/" + past + "/diplomas.pdf").with(as("region.admin")))
                .andReturn();
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
    }
}
