package ru.probity.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.IntegrationTest;
import ru.probity.platform.RegionTime;
import ru.probity.portal.PortalMenu;
import ru.probity.portal.PublicSection;

/**
 * The interdepartmental council as its secretary, the executors and a citizen meet it: the demo's
 * council of the region with its composition and two meetings; the minutes DOCX in the customary
 * structure; an assignment found in «Мои задачи» of Kaluga's officer, reported with a file and
 * accepted by the region; a report returned with a remark and reported again; the control list with
 * the overdue first and marked in words, its filters and XLSX; the public pages of the council and of
 * the published meeting, the site search, and bad input refused in Russian.
 */
class CouncilTest extends IntegrationTest {

    static final String NAME = "Межведомственный совет по противодействию коррупции при Губернаторе Калужской области";

    @Autowired
    RegionTime regionTime;

    @Autowired
    PortalMenu menu;

    String page(String user, String url) throws Exception {
        return mvc.perform(get(url).with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String publicPage(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long council() {
        return jdbc.sql("select id from council where name = ?")
                .param(NAME)
                .query(Long.class)
                .single();
    }

    long root() {
        return jdbc.sql("select organization_id from council where name = ?")
                .param(NAME)
                .query(Long.class)
                .single();
    }

    long heldMeeting() {
        return jdbc.sql("select id from council_meeting where council_id = ? and status = 'HELD' order by id limit 1")
                .param(council())
                .query(Long.class)
                .single();
    }

    long announcedMeeting() {
        return jdbc.sql(
                        "select id from council_meeting where council_id = ? and status = 'ANNOUNCED' order by id limit 1")
                .param(council())
                .query(Long.class)
                .single();
    }

    long assignmentTo(String organization, String status) {
        return jdbc.sql("""
                        select a.id from council_assignment a join organization o on o.id = a.executor_id
                        where o.name = ? and a.status = ? order by a.id limit 1""").params(organization, status).query(Long.class).single();
    }

    long newMeeting(LocalDate on) throws Exception {
        String location = mvc.perform(post("/council/" + council() + "/meetings")
                        .param("heldOn", on.toString())
                        .param("startsAt", "10:30")
                        .param("place", "г. Калуга, зал заседаний")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    long assign(long meeting, String executor, String text, LocalDate due) throws Exception {
        String location = mvc.perform(post("/council/meetings/" + meeting + "/assignments")
                        .param("executorId", Long.toString(organizationId(executor)))
                        .param("text", text)
                        .param("expectedResult", "Справка")
                        .param("dueOn", due.toString())
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('-') + 1));
    }

    @Test
    void theDemoCouncilHasItsCompositionAndTwoMeetings() throws Exception {
        assertThat(page("region.admin", "/council")).contains(NAME);
        String card = page("region.admin", "/council/" + council());
        assertThat(card)
                .contains("Орлов Николай Петрович", "Председатель", "Секретарь", "Прокуратура Калужской области")
                .contains("Назначено", "Проведено");
        String meeting = page("region.admin", "/council/meetings/" + heldMeeting());
        assertThat(meeting)
                .contains("О состоянии разделов «Противодействие коррупции»", "Справка о мониторинге сайтов.txt")
                .contains("Семёнов Алексей Петрович", "Отсутствовал");
        // the municipality's officer does not see the region's council, only the assignments to his subtree
        mvc.perform(get("/council/" + council()).with(as("kaluga.officer"))).andExpect(status().isNotFound());
        assertThat(page("kaluga.officer", "/council")).doesNotContain(NAME);
    }

    @Test
    void everyCouncilPageRendersInRussianForTheRolesThatOpenIt() throws Exception {
        long assignment = assignmentTo("Управление городского хозяйства города Калуги", "OPEN");
        String[][] visits = {
            {"region.admin", "/council"},
            {"region.admin", "/council/" + council()},
            {"region.admin", "/council/meetings/" + heldMeeting()},
            {"region.admin", "/council/meetings/" + announcedMeeting()},
            {"region.admin", "/council/assignments"},
            {"region.admin", "/council/assignments/" + assignment},
            {"region.auditor", "/council/meetings/" + heldMeeting()},
            {"region.auditor", "/council/assignments/" + assignment},
            {"ugh.officer", "/council"},
            {"ugh.officer", "/council/assignments/" + assignment},
            {"ugh.head", "/council/assignments"}
        };
        for (String[] visit : visits) {
            assertThat(page(visit[0], visit[1])).as(visit[0] + " " + visit[1]).doesNotContain("??");
        }
        String auditor = page("region.auditor", "/council/meetings/" + heldMeeting());
        assertThat(auditor).doesNotContain("id=\"assignment-form\"", "id=\"publication-form\"", "id=\"item-form\"");
        long root = root();
        assertThat(publicPage("/public/" + root + "/council")).doesNotContain("??");
        assertThat(publicPage("/public/" + root + "/council/meetings/" + heldMeeting()))
                .doesNotContain("??");
    }

    @Test
    void theMinutesFollowTheCustomaryStructure() throws Exception {
        byte[] docx = mvc.perform(get("/council/meetings/" + heldMeeting() + "/minutes.docx")
                        .with(as("region.admin")))
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
                .contains("ПРОТОКОЛ", "заседания межведомственного совета", NAME)
                .contains("Председательствующий: Орлов Николай Петрович", "Присутствовали:", "Отсутствовали: Фролова")
                .contains("Семёнов Алексей Петрович", "(вместо Егоров Сергей Александрович")
                .contains("ПОВЕСТКА ДНЯ:", "СЛУШАЛИ:", "РЕШИЛИ:", "Информацию принять к сведению")
                .contains("Городской округ «Город Калуга»: Привести раздел")
                .contains("Секретарь ____________ Соколова И. В.")
                .doesNotContain("Медведев");
        assertThat(text.indexOf("СЛУШАЛИ")).isLessThan(text.indexOf("РЕШИЛИ"));
        assertThat(text).doesNotContain("ПРОЕКТ");
    }

    @Test
    void theExecutorReportsThroughProbityAndTheSecretaryAccepts() throws Exception {
        long assignment = assignmentTo("Городской округ «Город Калуга»", "OPEN");
        assertThat(page("kaluga.officer", "/tasks")).contains("Исполнить поручение межведомственного совета");
        String card = page("kaluga.officer", "/council/assignments/" + assignment);
        assertThat(card).contains("id=\"assignment-report-text\"", "id=\"assignment-report-submit\"", "На исполнении");
        assertThat(card).doesNotContain("id=\"assignment-accept\"");
        // the secretary does not report for the executor
        mvc.perform(post("/council/assignments/" + assignment + "/report")
                        .param("text", "Отчёт за исполнителя")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/council/assignments/" + assignment + "/report")
                        .file(new MockMultipartFile(
                                "file",
                                "Скриншот раздела.txt",
                                "text/plain",
                                "Раздел приведён в соответствие".getBytes(StandardCharsets.UTF_8)))
                        .param("text", "Раздел сайта приведён в соответствие с Приказом №530н.")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        assertThat(page("region.admin", "/tasks")).contains("Рассмотреть отчёт об исполнении поручения совета");
        String review = page("region.admin", "/council/assignments/" + assignment);
        assertThat(review).contains("Отчёт на рассмотрении", "Скриншот раздела.txt", "id=\"assignment-accept\"");
        mvc.perform(post("/council/assignments/" + assignment + "/accept")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(page("kaluga.officer", "/council/assignments/" + assignment))
                .contains("Исполнено")
                .doesNotContain("id=\"assignment-report-text\"");
        mvc.perform(post("/council/assignments/" + assignment + "/accept")
                        .header("Referer", "/council/assignments/" + assignment)
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", containsString("не ожидает рассмотрения")));
    }

    @Test
    void aReturnedReportIsReportedAgain() throws Exception {
        LocalDate today = regionTime.today();
        long meeting = newMeeting(today.minusDays(1));
        long assignment = assign(
                meeting,
                "Управление городского хозяйства города Калуги",
                "Разработать памятку о конфликте интересов для руководителей учреждений.",
                today.plusDays(10));
        mvc.perform(post("/council/assignments/" + assignment + "/report")
                        .param("text", "Памятка разработана.")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/council/assignments/" + assignment + "/return")
                        .param("remark", "Приложите памятку.")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(page("ugh.officer", "/tasks")).contains("Отчёт по поручению совета возвращён");
        assertThat(page("ugh.officer", "/council/assignments/" + assignment))
                .contains("Отчёт возвращён", "Приложите памятку.", "id=\"assignment-report-text\"");
        // the head of the executor also reports
        mvc.perform(post("/council/assignments/" + assignment + "/report")
                        .param("text", "Памятка утверждена и разослана.")
                        .with(csrf())
                        .with(as("ugh.head")))
                .andExpect(status().is3xxRedirection());
        assertThat(page("region.admin", "/council/assignments/" + assignment)).contains("Отчёт на рассмотрении");
    }

    @Test
    void theControlListPutsTheOverdueFirstInWordsWithFiltersAndXlsx() throws Exception {
        String list = page("region.admin", "/council/assignments");
        assertThat(list).contains("table-danger", "Просрочено", "Провести анализ закупок");
        assertThat(list.indexOf("Провести анализ закупок")).isLessThan(list.indexOf("Привести раздел"));
        String overdue = page("region.admin", "/council/assignments?overdue=true");
        assertThat(overdue).contains("Провести анализ закупок").doesNotContain("единый урок");
        String done = page("region.admin", "/council/assignments?status=DONE");
        assertThat(done).contains("единый урок").doesNotContain("Провести анализ закупок");
        String obninsk = page(
                "region.admin", "/council/assignments?executor=" + organizationId("Городской округ «Город Обнинск»"));
        assertThat(obninsk).contains("Привести раздел").doesNotContain("Провести анализ закупок");
        // the executor sees the assignments to his subtree only
        String ugh = page("ugh.officer", "/council/assignments");
        assertThat(ugh).contains("Провести анализ закупок").doesNotContain("единый урок");
        assertThat(page("ugh.officer", "/tasks")).contains("Исполнить поручение межведомственного совета");

        byte[] xlsx = mvc.perform(
                        get("/council/assignments/export.xlsx?overdue=true").with(as("region.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Поручение");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).startsWith("Провести анализ закупок");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Просрочено");
        }
    }

    @Test
    void thePublicPagesShowTheCompositionAndThePublishedMeeting() throws Exception {
        long root = root();
        assertThat(menu.items(root)).anyMatch(i -> i.id().equals("council"));
        assertThat(menu.items(organizationId("Городской округ «Город Калуга»")))
                .noneMatch(i -> i.id().equals("council"));
        String council = publicPage("/public/" + root + "/council");
        assertThat(council)
                .contains(NAME, "Орлов Николай Петрович", "Губернатор Калужской области", "Председатель")
                .doesNotContain("Медведев", "Семёнов", "из реестра");
        String meeting = publicPage("/public/" + root + "/council/meetings/" + heldMeeting());
        assertThat(meeting)
                .contains("О состоянии разделов «Противодействие коррупции»", "Совет рассмотрел состояние разделов")
                .contains("Городской округ «Город Калуга»: Привести раздел")
                .doesNotContain("Отсутствовал", "Семёнов", "Справка о мониторинге");
        mvc.perform(get("/public/" + root + "/council/meetings/" + announcedMeeting()))
                .andExpect(status().isNotFound());

        PublicSection section = menu.sections().stream()
                .filter(s -> s.id().equals("council"))
                .findFirst()
                .orElseThrow();
        assertThat(section.order()).isEqualTo(110);
        assertThat(section.pages(root))
                .extracting(p -> p.path())
                .contains("/public/" + root + "/council", "/public/" + root + "/council/meetings/" + heldMeeting())
                .doesNotContain("/public/" + root + "/council/meetings/" + announcedMeeting());
        assertThat(section.search(root, "конфликта интересов", 5))
                .anyMatch(h -> h.path().endsWith("/meetings/" + heldMeeting()));
        assertThat(section.search(root, "нет такого слова", 5)).isEmpty();
    }

    @Test
    void aMeetingIsHeldWithItsAttendanceThenPublishedAndWithdrawnInTheLog() throws Exception {
        long root = root();
        long meeting = newMeeting(regionTime.today());
        mvc.perform(post("/council/meetings/" + meeting + "/agenda")
                        .param("title", "О плане работы совета на следующий год")
                        .param("speaker", "Соколова И. В.")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/council/meetings/" + meeting + "/hold")
                        .header("Referer", "/council/meetings/" + meeting)
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", containsString("отметьте присутствие")));
        var members = jdbc.sql("select id from council_member where council_id = ? and member_to is null order by id")
                .param(council())
                .query(Long.class)
                .list();
        var replacedWithoutName = post("/council/meetings/" + meeting + "/attendance")
                .header("Referer", "/council/meetings/" + meeting)
                .with(csrf())
                .with(as("region.admin"));
        for (long m : members) {
            replacedWithoutName.param("member", Long.toString(m)).param("presence-" + m, "REPLACED");
        }
        mvc.perform(replacedWithoutName)
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", containsString("кем заменён")));
        var attendance = post("/council/meetings/" + meeting + "/attendance")
                .with(csrf())
                .with(as("region.admin"));
        for (long m : members) {
            attendance.param("member", Long.toString(m)).param("presence-" + m, "PRESENT");
        }
        mvc.perform(attendance).andExpect(status().is3xxRedirection());
        mvc.perform(post("/council/meetings/" + meeting + "/hold").with(csrf()).with(as("region.admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(page("region.admin", "/council/meetings/" + meeting)).contains("Проведено", "Присутствовал");

        String path = "/public/" + root + "/council/meetings/" + meeting;
        mvc.perform(post("/council/meetings/" + meeting + "/publication")
                        .param("summary", "Совет утвердил план работы на следующий год.")
                        .param("published", "true")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(publicPage(path)).contains("Совет утвердил план работы", "О плане работы совета");
        mvc.perform(post("/council/meetings/" + meeting + "/publication")
                        .param("summary", "Совет утвердил план работы на следующий год.")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(path)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                        select action from portal_publication_log where section = 'council' and path = ?
                        order by id""").param(path).query(String.class).list()).containsExactly("PUBLISHED", "WITHDRAWN");
    }

    @Test
    void aMunicipalityKeepsItsOwnCouncilWithinItsSubtree() throws Exception {
        long kaluga = organizationId("Городской округ «Город Калуга»");
        String location = mvc.perform(post("/council")
                        .param("organizationId", Long.toString(kaluga))
                        .param("name", "Межведомственный совет по противодействию коррупции города Калуги")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long council = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/council/" + council + "/members")
                        .param("fullName", "Тихонов Михаил Юрьевич")
                        .param("post", "заместитель Городского Головы")
                        .param("body", "Городская Управа города Калуги")
                        .param("role", "CHAIR")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        String meeting = mvc.perform(post("/council/" + council + "/meetings")
                        .param("heldOn", regionTime.today().plusDays(3).toString())
                        .param("place", "Городская Управа")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long meetingId = Long.parseLong(meeting.substring(meeting.lastIndexOf('/') + 1));
        // an executor outside the council's subtree is refused
        mvc.perform(post("/council/meetings/" + meetingId + "/assignments")
                        .param("executorId", Long.toString(organizationId("Городской округ «Город Обнинск»")))
                        .param("text", "Чужое поручение")
                        .param("dueOn", regionTime.today().plusDays(30).toString())
                        .header("Referer", "/council/meetings/" + meetingId)
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", containsString("дерево организации совета")));
        // the announced meeting cannot be held before its day
        mvc.perform(post("/council/meetings/" + meetingId + "/hold")
                        .header("Referer", "/council/meetings/" + meetingId)
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", containsString("ещё не наступила")));
        // the officer keeps his municipality's council, not the region's
        mvc.perform(post("/council/" + council() + "/meetings")
                        .param("heldOn", regionTime.today().toString())
                        .param("place", "Зал")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().isNotFound());
        // a second council of the same organization is refused
        mvc.perform(post("/council")
                        .param("organizationId", Long.toString(kaluga))
                        .param("name", "Ещё один совет")
                        .header("Referer", "/council")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", containsString("уже есть совет")));
    }

    @Test
    void badInputIsRefusedInRussian() throws Exception {
        long meeting = announcedMeeting();
        mvc.perform(post("/council/meetings/" + meeting + "/assignments")
                        .param("text", " ")
                        .header("Referer", "/council/meetings/" + meeting)
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", containsString("Укажите текст поручения")));
        mvc.perform(post("/council/" + council() + "/members")
                        .param("role", "MEMBER")
                        .header("Referer", "/council/" + council())
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", containsString("Укажите ФИО участника")));
        mvc.perform(post("/council/meetings/" + meeting + "/publication")
                        .param("summary", "Итоги")
                        .param("published", "true")
                        .header("Referer", "/council/meetings/" + meeting)
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", containsString("только итоги проведённого")));
        mvc.perform(post("/council/" + council() + "/meetings")
                        .param("heldOn", regionTime.today().toString())
                        .param("startsAt", "25 часов")
                        .param("place", "Зал")
                        .header("Referer", "/council/" + council())
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", containsString("ЧЧ:ММ")));
    }
}
