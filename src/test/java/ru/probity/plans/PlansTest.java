package ru.probity.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;
import ru.probity.region.PeriodFigures;
import ru.probity.tasks.Task;
import ru.probity.tasks.Tasks;

/**
 * The anti-corruption plan: an officer keeps the plan of an organization of his subtree — measures
 * with a date or a periodic term, reports on their execution with a file — the overdue measures are
 * highlighted in the plan and in «Мои задачи» of the organization's officer, the plan's execution
 * over a period equals the period figures of the monitoring reports, the region reads the
 * municipalities' plans; the demo has the region's and Kaluga's plans with an overdue measure.
 */
class PlansTest extends IntegrationTest {

    @Autowired
    Plans plans;

    @Autowired
    Tasks tasks;

    @Autowired
    PeriodFigures periodFigures;

    @Autowired
    RegionTime regionTime;

    private CurrentUser current(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    private Document page(String username, String url) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static Plans.MeasureForm measure(String number, String term, LocalDate date) {
        return new Plans.MeasureForm(
                "1. Организационные меры",
                number,
                "Мероприятие " + number,
                null,
                "Начальник отдела кадров",
                term,
                date,
                "Показатель",
                "273-ФЗ, ст. 5");
    }

    @Test
    void anOfficerKeepsAPlanReportsExecutionAndTheOverdueShowInThePlanTasksAndFigures() throws Exception {
        CurrentUser officer = current("kaluga.officer");
        long ugh = organizationId(UGH);
        LocalDate today = regionTime.today();
        LocalDate from = today.withDayOfYear(1);
        LocalDate to = today.withDayOfYear(today.lengthOfYear());
        long plan =
                plans.create(officer, new Plans.PlanForm(ugh, "План УГХ (тест)", from.minusYears(1), to, "приказ № 1"));
        // one executed in time, one overdue, one in the future, and a quarterly one
        LocalDate past = today.minusDays(3).isBefore(from) ? from : today.minusDays(3);
        long done = plans.addMeasure(officer, plan, measure("1.1", "DATE", past));
        long overdue = plans.addMeasure(officer, plan, measure("1.2", "DATE", past));
        plans.addMeasure(officer, plan, measure("1.3", "DATE", to));
        long quarterly = plans.addMeasure(officer, plan, measure("1.4", "QUARTERLY", null));
        plans.report(
                officer,
                plan,
                done,
                new Plans.ReportForm(past, "EXECUTED", "Сделано", today),
                new Plans.Upload("otchet.txt", "Отчёт".getBytes(StandardCharsets.UTF_8)));

        // the plan: the overdue measure highlighted, the executed one not
        Document card = page("kaluga.officer", "/plans/" + plan);
        assertThat(card.getElementById("measure-" + overdue).hasClass("overdue"))
                .isTrue();
        assertThat(card.getElementById("measure-" + done).hasClass("overdue")).isFalse();
        assertThat(card.getElementById("measure-" + done).text()).contains("Выполнено", "Сделано", "otchet.txt");

        // the quarterly measure is due at the end of each quarter of the plan's period
        Plans.Measure q = plans.measures(officer, plan).stream()
                .filter(m -> m.id() == quarterly)
                .findFirst()
                .orElseThrow();
        assertThat(q.dues()).hasSize(8);

        // «Мои задачи» of the organization's officer: the plan with its overdue measures
        List<Task> waiting = tasks.of(current("ugh.officer")).stream()
                .filter(t -> t.area().equals("plans") && t.link().equals("/plans/" + plan))
                .toList();
        assertThat(waiting).hasSize(1);
        assertThat(waiting.getFirst().count())
                .isEqualTo((int) q.dues().stream().filter(Plans.Due::overdue).count() + 1);

        // the period figures equal the list of plans for the organization and period
        Map<String, Long> figures =
                periodFigures.figures(officer, Set.of(ugh), from, to).get(ugh);
        Plans.Listing listing = plans.list(officer, ugh, from, to);
        assertThat(figures.get("plans.measures")).isEqualTo(listing.due()).isGreaterThanOrEqualTo(7);
        assertThat(figures.get("plans.done")).isEqualTo(listing.done()).isGreaterThanOrEqualTo(1);
        assertThat(figures.get("plans.overdue")).isEqualTo(listing.overdue()).isGreaterThanOrEqualTo(1);
        Document list = page("kaluga.officer", "/plans?organization=" + ugh + "&from=" + from + "&to=" + to);
        assertThat(list.getElementById("figure-overdue").text()).isEqualTo(Long.toString(figures.get("plans.overdue")));

        // reporting the overdue measure executed takes it off the overdue
        plans.report(officer, plan, overdue, new Plans.ReportForm(past, "EXECUTED", "Сделано позже", today), null);
        assertThat(periodFigures
                        .figures(officer, Set.of(ugh), from, to)
                        .get(ugh)
                        .get("plans.overdue"))
                .isEqualTo(figures.get("plans.overdue") - 1);

        // the plan with its execution as XLSX
        byte[] xlsx = mvc.perform(get("/plans/" + plan + "/plan.xlsx").with(as("region.auditor")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(2).getStringCellValue())
                    .isEqualTo("Мероприятие 1.1");
        }
    }

    @Test
    void theFormsRefuseWhatIsWrongInRussianAndTheFileIsChecked() throws Exception {
        CurrentUser officer = current("kaluga.officer");
        long kaluga = organizationId(KALUGA);
        LocalDate today = regionTime.today();
        assertThatThrownBy(() -> plans.create(officer, new Plans.PlanForm(kaluga, " ", today, today, null)))
                .isInstanceOf(Refusal.class);
        long plan =
                plans.create(officer, new Plans.PlanForm(kaluga, "План (формы)", today.withDayOfYear(1), today, null));
        var refused = mvc.perform(post("/plans/" + plan + "/measures")
                        .param("number", "1")
                        .param("text", "Без срока")
                        .param("executorPerson", "Кто-то")
                        .param("termKind", "DATE")
                        .header("Referer", "/plans/" + plan)
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "Для срока «к дате» укажите дату."))
                .andReturn();
        // the plan's page comes back with what was typed in the form of the new measure
        var following = get("/plans/" + plan).with(as("kaluga.officer"));
        if (refused.getResponse().getCookie("SESSION") != null) {
            following.cookie(refused.getResponse().getCookie("SESSION"));
        } else {
            following.flashAttrs(refused.getFlashMap());
        }
        Document again = Jsoup.parse(mvc.perform(following)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(again.select("#measure-form #text").attr("value")).isEqualTo("Без срока");
        assertThat(again.select("#measure-form #executorPerson").attr("value")).isEqualTo("Кто-то");
        assertThat(again.text()).contains("Для срока «к дате» укажите дату.");
        long measure = plans.addMeasure(officer, plan, measure("1", "DATE", today));
        mvc.perform(multipart("/plans/" + plan + "/measures/" + measure + "/execution")
                        .file(new MockMultipartFile("file", "script.html", "text/html", "<script>".getBytes()))
                        .param("dueOn", today.toString())
                        .param("status", "EXECUTED")
                        .param("text", "Сделано")
                        .header("Referer", "/plans/" + plan)
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("«script.html»")));
        assertThat(plans.measures(officer, plan).getFirst().dues().getFirst().execution())
                .isNull();
    }

    @Test
    void theDemoHasTheRegionsAndKalugasPlansWithAnOverdueMeasureTheRegionReadsThemAll() throws Exception {
        long kaluga = organizationId(KALUGA);
        Plans.Listing region = plans.list(current("region.admin"), null, null, null);
        assertThat(region.plans()).extracting(Plans.PlanRow::organizationId).contains(kaluga);
        assertThat(region.plans()).hasSizeGreaterThanOrEqualTo(2);
        Plans.PlanRow kalugas = region.plans().stream()
                .filter(p -> p.organizationId() == kaluga)
                .findFirst()
                .orElseThrow();
        assertThat(kalugas.overdueNow()).isPositive();
        assertThat(tasks.of(current("kaluga.officer")))
                .anyMatch(t -> t.area().equals("plans") && t.link().equals("/plans/" + kalugas.id()));
        Document list = page("region.auditor", "/plans");
        assertThat(list.getElementById("plan-" + kalugas.id()).hasClass("table-danger"))
                .isTrue();
        assertThat(list.getElementById("plan-form")).isNull();
        Document card = page("region.auditor", "/plans/" + kalugas.id());
        assertThat(card.select("#measures tr.overdue")).isNotEmpty();
        assertThat(card.getElementById("measure-form")).isNull();
    }

    private static byte[] sheet(Object[]... rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            var sheet = book.createSheet("План");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c].toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void measuresAreImportedFromXlsxAllOrNothingAndThePlansOwnXlsxReadsBack() throws Exception {
        CurrentUser officer = current("kaluga.officer");
        long kaluga = organizationId(KALUGA);
        LocalDate today = regionTime.today();
        LocalDate from = LocalDate.of(today.getYear(), 1, 1);
        LocalDate to = LocalDate.of(today.getYear(), 12, 31);
        long plan = plans.create(officer, new Plans.PlanForm(kaluga, "План (загрузка)", from, to, null));
        Object[] header = {"Раздел", "№", "Мероприятие", "Исполнитель", "Срок", "Ожидаемый результат", "Основание"};
        byte[] bad =
                sheet(header, new Object[] {"1", "1.1", "Хорошее", KALUGA, "ежеквартально", null, null}, new Object[] {
                    "1", "1.2", "Плохое", null, "когда-нибудь", null, null
                });
        mvc.perform(multipart("/plans/" + plan + "/measures/import")
                        .file(new MockMultipartFile("file", "plan.xlsx", "application/octet-stream", bad))
                        .header("Referer", "/plans/" + plan)
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", org.hamcrest.Matchers.containsString("строка 3:")));
        assertThat(plans.measures(officer, plan)).isEmpty();

        byte[] good = sheet(
                header,
                new Object[] {"1", "1.1", "Хорошее", KALUGA, "ежеквартально", "Отчёт", "273-ФЗ"},
                new Object[] {"1", "1.2", "Второе", "Начальник отдела", "до " + RussianDate.of(to), null, null});
        mvc.perform(multipart("/plans/" + plan + "/measures/import")
                        .file(new MockMultipartFile("file", "plan.xlsx", "application/octet-stream", good))
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "Из файла добавлено мероприятий: 2."));
        List<Plans.Measure> measures = plans.measures(officer, plan);
        assertThat(measures).extracting(Plans.Measure::number).containsExactly("1.1", "1.2");
        assertThat(measures.getFirst().executorOrganizationId()).isEqualTo(kaluga);
        assertThat(measures.getFirst().dues()).hasSize(4);
        assertThat(measures.get(1).executorPerson()).isEqualTo("Начальник отдела");

        // the plan's own XLSX (a row per due date) reads back as the same two measures
        byte[] export = mvc.perform(get("/plans/" + plan + "/plan.xlsx").with(as("kaluga.officer")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        long copy = plans.create(officer, new Plans.PlanForm(kaluga, "План (копия)", from, to, null));
        assertThat(plans.importMeasures(officer, copy, new Plans.Upload("plan.xlsx", export)))
                .isEqualTo(2);
    }

    /** A date as the sheets write it. */
    private static final class RussianDate {
        static String of(LocalDate date) {
            return String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
        }
    }
}
