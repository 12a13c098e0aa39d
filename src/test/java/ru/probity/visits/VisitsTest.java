package ru.probity.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.IntegrationTest;
import ru.probity.platform.RegionTime;

/**
 * On-site visits as the region and the municipality's officer go through them: the region plans a
 * visit to Kaluga with the default checklist, the officer sees it planned without results, the
 * region holds it, records the checklist (one item not compliant with a note, one piece of evidence)
 * and two recommendations (one already overdue); the officer finds them in «Мои задачи», reports one
 * with a file, the region returns it with a remark and accepts the second report; the visit's DOCX
 * read back holds the checklist's results and the recommendations with their execution.
 */
class VisitsTest extends IntegrationTest {

    @Autowired
    RegionTime regionTime;

    String page(String user, String url) throws Exception {
        return mvc.perform(get(url).with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long planVisit(String organization, LocalDate from, String subject) throws Exception {
        String location = mvc.perform(post("/visits")
                        .param("organizationId", Long.toString(organizationId(organization)))
                        .param("plannedFrom", from.toString())
                        .param("plannedTo", from.plusDays(1).toString())
                        .param("subject", subject)
                        .param("team", "Соколова И. В., начальник управления")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    long item(long visit, String startsWith) {
        return jdbc.sql("""
                        select i.id from visit_template_item i join visit v on v.template_id = i.template_id
                        where v.id = ? and i.text like ? order by i.position limit 1""").params(visit, startsWith + "%").query(Long.class).single();
    }

    long recommendation(long visit, String startsWith) {
        return jdbc.sql("select id from visit_recommendation where visit_id = ? and text like ?")
                .params(visit, startsWith + "%")
                .query(Long.class)
                .single();
    }

    String statusOf(long recommendation) {
        return jdbc.sql("select status from visit_recommendation where id = ?")
                .param(recommendation)
                .query(String.class)
                .single();
    }

    @Test
    void theRegionHoldsAVisitAndTheOfficerReportsTheExecutionOfItsRecommendations() throws Exception {
        LocalDate today = regionTime.today();
        long visit = planVisit(KALUGA, today.minusDays(3), "Проверочный выезд по вопросам уведомлений");

        String planned = page("region.admin", "/visits/" + visit);
        assertThat(planned)
                .contains(
                        "Проверочный выезд по вопросам уведомлений",
                        "Запланировано",
                        "Приказ Минтруда России от 07.10.2013 №530н");
        assertThat(page("region.admin", "/visits?year=" + today.minusDays(3).getYear()))
                .contains("Проверочный выезд по вопросам уведомлений");

        // the officer of the municipality sees the plan, not yet any results
        String officersView = page("kaluga.officer", "/visits/" + visit);
        assertThat(officersView).contains("Проверочный выезд", "будут видны после его проведения");
        assertThat(officersView).doesNotContain("results-form");

        // recommendations wait until the visit is held
        mvc.perform(post("/visits/" + visit + "/recommendations")
                        .param("text", "Рано")
                        .param("dueOn", today.toString())
                        .header("Referer", "/visits/" + visit)
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("problem", containsString("ещё не проведено")));

        mvc.perform(post("/visits/" + visit + "/hold")
                        .param("heldFrom", today.minusDays(3).toString())
                        .param("heldTo", today.minusDays(2).toString())
                        .param("conclusion", "Работа организована, есть недостатки в журнале уведомлений.")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("notice", "visits.heldSaved"));

        long website = item(visit, "Раздел «Противодействие коррупции»");
        long commission = item(visit, "Комиссия по соблюдению");
        mvc.perform(post("/visits/" + visit + "/results")
                        .param("item", Long.toString(website), Long.toString(commission))
                        .param("verdict-" + website, "NOT_COMPLIANT")
                        .param("note-" + website, "Нет подраздела «Формы документов»")
                        .param("verdict-" + commission, "COMPLIANT")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("notice", "visits.resultsSaved"));
        mvc.perform(multipart("/visits/" + visit + "/files")
                        .file(new MockMultipartFile(
                                "file",
                                "Снимок сайта.txt",
                                "text/plain",
                                "Снимок раздела".getBytes(StandardCharsets.UTF_8)))
                        .param("item", Long.toString(website))
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("notice", "visits.fileAdded"));

        mvc.perform(post("/visits/" + visit + "/recommendations")
                        .param("item", Long.toString(website))
                        .param("text", "Дополнить раздел сайта подразделом «Формы документов»")
                        .param("dueOn", today.minusDays(1).toString())
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("notice", "visits.recommendationAdded"));
        mvc.perform(post("/visits/" + visit + "/recommendations")
                        .param("text", "Провести занятие с кадровой службой по журналу уведомлений")
                        .param("dueOn", today.plusDays(20).toString())
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("notice", "visits.recommendationAdded"));
        mvc.perform(post("/visits/" + visit + "/recommendations")
                        .param("text", "Ошибочная рекомендация")
                        .param("dueOn", today.plusDays(5).toString())
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("notice", "visits.recommendationAdded"));
        mvc.perform(post("/visits/" + visit + "/recommendations/" + recommendation(visit, "Ошибочная") + "/remove")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("notice", "visits.recommendationRemoved"));
        long late = recommendation(visit, "Дополнить раздел сайта");
        long lesson = recommendation(visit, "Провести занятие");

        // the officer sees the results, the overdue recommendation and his tasks
        String held = page("kaluga.officer", "/visits/" + visit);
        assertThat(held)
                .contains("Не соответствует", "Нет подраздела «Формы документов»", "Снимок сайта.txt", "Просрочена");
        assertThat(page("kaluga.officer", "/visits/recommendations?overdue=true"))
                .contains("Дополнить раздел сайта")
                .doesNotContain("Провести занятие с кадровой службой");
        String tasks = page("kaluga.officer", "/tasks");
        assertThat(tasks).contains("Отчитаться об исполнении рекомендации", "Дополнить раздел сайта");
        assertThat(page("region.admin", "/tasks")).contains("Просрочено исполнение рекомендаций");

        // the officer reports with a file; the region returns it with a remark
        mvc.perform(multipart("/visits/" + visit + "/recommendations/" + late + "/report")
                        .file(new MockMultipartFile(
                                "file", "Приказ.txt", "text/plain", "Приказ о сайте".getBytes(StandardCharsets.UTF_8)))
                        .param("text", "Подраздел создан, формы размещены")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(flash().attribute("notice", "visits.reportSent"));
        assertThat(statusOf(late)).isEqualTo("REPORTED");
        assertThat(page("region.admin", "/tasks")).contains("Рассмотреть отчёт об исполнении рекомендации");
        // a second report while the first waits is refused
        mvc.perform(post("/visits/" + visit + "/recommendations/" + late + "/report")
                        .param("text", "Ещё раз")
                        .header("Referer", "/visits/" + visit)
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(flash().attribute("problem", containsString("не ждёт отчёта")));
        mvc.perform(post("/visits/" + visit + "/recommendations/" + late + "/remove")
                        .header("Referer", "/visits/" + visit)
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("problem", containsString("не удаляется")));
        mvc.perform(post("/visits/" + visit + "/recommendations/" + late + "/return")
                        .param("remark", "Нет ссылки на раздел")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("notice", "visits.reportReturned"));
        assertThat(statusOf(late)).isEqualTo("RETURNED");
        assertThat(page("kaluga.officer", "/tasks")).contains("Отчёт об исполнении рекомендации возвращён");
        assertThat(page("kaluga.officer", "/visits/" + visit)).contains("Нет ссылки на раздел", "Приказ.txt");

        mvc.perform(post("/visits/" + visit + "/recommendations/" + lesson + "/report")
                        .param("text", "Занятие проведено 1 декабря")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(flash().attribute("notice", "visits.reportSent"));
        mvc.perform(post("/visits/" + visit + "/recommendations/" + lesson + "/accept")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("notice", "visits.reportAccepted"));
        assertThat(statusOf(lesson)).isEqualTo("ACCEPTED");

        // the report as DOCX
        byte[] docx = mvc.perform(get("/visits/" + visit + "/report.docx").with(as("region.auditor")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            text = extractor.getText();
        }
        assertThat(text)
                .contains(
                        "СПРАВКА",
                        KALUGA,
                        "Проверочный выезд по вопросам уведомлений",
                        "Соколова И. В., начальник управления",
                        "Приказ Минтруда России от 07.10.2013 №530н",
                        "Не соответствует",
                        "Нет подраздела «Формы документов»",
                        "Соответствует",
                        "Не проверено",
                        "Итого: соответствует — 1, не соответствует — 1",
                        "Работа организована, есть недостатки",
                        "Дополнить раздел сайта подразделом «Формы документов»",
                        "Просрочена",
                        "Замечание региона: Нет ссылки на раздел",
                        "Исполнена");
    }

    @Test
    void aTemplateInUseIsCopiedAsANewVersionAndTheCopyIsEdited() throws Exception {
        page("region.admin", "/visits/templates");
        long builtin = jdbc.sql("select id from visit_template where builtin")
                .query(Long.class)
                .single();
        // the demo's visits use the default checklist: it is not changed in place
        mvc.perform(post("/visits/templates/" + builtin + "/items")
                        .param("section", "Прочее")
                        .param("text", "Новый вопрос")
                        .param("legalBasis", "273-ФЗ ст.6")
                        .header("Referer", "/visits/templates/" + builtin)
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("problem", containsString("новую версию")));

        String location = mvc.perform(post("/visits/templates/" + builtin + "/copy")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long copy = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/visits/templates/" + copy + "/items")
                        .param("section", "Прочее")
                        .param("text", "Проведён анализ обращений граждан о коррупции")
                        .param("legalBasis", "")
                        .header("Referer", "/visits/templates/" + copy)
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("problem", containsString("правовое основание")));
        mvc.perform(post("/visits/templates/" + copy + "/items")
                        .param("section", "Прочее")
                        .param("text", "Проведён анализ обращений граждан о коррупции")
                        .param("legalBasis", "59-ФЗ ст.8")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("notice", "visits.template.itemAdded"));
        String copied = page("region.admin", "/visits/templates/" + copy);
        assertThat(copied).contains("версия 2", "Проведён анализ обращений граждан о коррупции", "Приказ Минтруда");
        int originalItems = jdbc.sql("select count(*) from visit_template_item where template_id = ?")
                .param(builtin)
                .query(Integer.class)
                .single();
        int copiedItems = jdbc.sql("select count(*) from visit_template_item where template_id = ?")
                .param(copy)
                .query(Integer.class)
                .single();
        assertThat(copiedItems).isEqualTo(originalItems + 1);
        assertThat(page("region.auditor", "/visits/templates")).contains("версия 2");
    }

    @Test
    void theDemoVisitToKalugaHasItsChecklistAndTwoRecommendationsOneOverdue() throws Exception {
        String plan = page("kaluga.officer", "/visits/recommendations");
        assertThat(plan).contains("Привести раздел «Противодействие коррупции»", "Просрочена");
        List<String> statuses = jdbc.sql("""
                        select r.status from visit_recommendation r join visit v on v.id = r.visit_id
                        where v.created_by = 'region.admin' and v.subject like 'Мониторинг деятельности по профилактике коррупционных правонарушений и%'
                        order by r.id""").query(String.class).list();
        assertThat(statuses).containsExactly("OPEN", "REPORTED");
        assertThat(page(
                        "obninsk.officer",
                        "/visits?year=" + regionTime.today().plusDays(20).getYear()))
                .contains("Мониторинг деятельности по профилактике коррупционных правонарушений", "Запланировано");
        assertThat(page("obninsk.officer", "/visits/recommendations")).doesNotContain("Привести раздел");
    }

    @Test
    void theChecklistOfAPlannedVisitIsNotChangedOnceResultsAreRecorded() throws Exception {
        LocalDate today = regionTime.today();
        long visit = planVisit(OBNINSK, today.plusDays(40), "Выезд с записанными результатами");
        long item = item(visit, "Комиссия по соблюдению");
        mvc.perform(post("/visits/" + visit + "/results")
                        .param("item", Long.toString(item))
                        .param("verdict-" + item, "COMPLIANT")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("notice", "visits.resultsSaved"));
        long other = jdbc.sql("""
                        insert into visit_template (name, version, builtin, active, created_by)
                        values ('Другой чек-лист', 1, false, true, 'test') returning id""").query(Long.class).single();
        mvc.perform(post("/visits/" + visit)
                        .param("organizationId", Long.toString(organizationId(OBNINSK)))
                        .param("plannedFrom", today.plusDays(40).toString())
                        .param("subject", "Выезд с записанными результатами")
                        .param("templateId", Long.toString(other))
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(model().attribute("problem", containsString("уже записаны результаты")));
        assertThat(jdbc.sql("select template_id from visit where id = ?")
                        .param(visit)
                        .query(Long.class)
                        .single())
                .isNotEqualTo(other);
    }

    @Test
    void badInputIsRefusedInRussian() throws Exception {
        LocalDate today = regionTime.today();
        mvc.perform(post("/visits")
                        .param("organizationId", Long.toString(organizationId(OBNINSK)))
                        .param("plannedFrom", today.plusDays(10).toString())
                        .param("plannedTo", today.plusDays(9).toString())
                        .param("subject", " ")
                        .param("team", "Набранный состав группы")
                        .header("Referer", "/visits/new")
                        .with(csrf())
                        .with(as("region.admin")))
                // the form comes back with what was typed
                .andExpect(model().attribute("problem", containsString("раньше даты начала")))
                .andExpect(content().string(containsString("Набранный состав группы")));
        long visit = planVisit(OBNINSK, today.plusDays(10), "Будущий выезд");
        mvc.perform(post("/visits/" + visit + "/hold")
                        .param("heldFrom", today.plusDays(10).toString())
                        .header("Referer", "/visits/" + visit)
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("problem", containsString("до даты его начала")));
        long item = item(visit, "Комиссия по соблюдению");
        mvc.perform(post("/visits/" + visit + "/results")
                        .param("item", Long.toString(item))
                        .param("note-" + item, "Примечание без результата")
                        .header("Referer", "/visits/" + visit)
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("problem", containsString("выберите результат")));
        mvc.perform(multipart("/visits/" + visit + "/files")
                        .file(new MockMultipartFile("file", "снимок.pdf", "application/pdf", new byte[] {1, 0, 2, 0}))
                        .header("Referer", "/visits/" + visit)
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("problem", containsString("не принят")));
        mvc.perform(post("/visits/" + visit + "/cancel")
                        .param("reason", "")
                        .header("Referer", "/visits/" + visit)
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("problem", containsString("причину отмены")));
        mvc.perform(post("/visits/" + visit + "/cancel")
                        .param("reason", "Паводок")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(flash().attribute("notice", "visits.cancelledSaved"));
        assertThat(page("region.admin", "/visits/" + visit)).contains("Отменено", "Паводок");
        mvc.perform(post("/visits/" + visit)
                        .param("organizationId", Long.toString(organizationId(OBNINSK)))
                        .param("plannedFrom", today.plusDays(11).toString())
                        .param("subject", "Перенос")
                        .header("Referer", "/visits/" + visit)
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(model().attribute("problem", containsString("план не изменяется")));
    }
}
