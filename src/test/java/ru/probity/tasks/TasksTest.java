package ru.probity.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.training.Exams;
import ru.probity.training.QuestionBank;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** «Мои задачи»: each area's source with the demo region, the order, the subtree, the page and the API. */
class TasksTest extends IntegrationTest {

    @Autowired
    JsonMapper json;

    @Autowired
    Tasks tasks;

    @Autowired
    QuestionBank bank;

    @Autowired
    Exams exams;

    private List<JsonNode> api(String username) throws Exception {
        String body = mvc.perform(get("/api/v1/tasks").with(httpBasic(username, DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<JsonNode> entries = new ArrayList<>();
        json.readTree(body).forEach(entries::add);
        return entries;
    }

    private static List<JsonNode> linked(List<JsonNode> entries, String link) {
        return entries.stream()
                .filter(e -> e.get("link").asString().equals(link))
                .toList();
    }

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long created(String url) {
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private long act(String author, String kind, String title) throws Exception {
        String location = mvc.perform(post("/acts")
                        .param("kind", kind)
                        .param("number", "7-т")
                        .param("adoptedOn", "2026-10-01")
                        .param("title", title)
                        .with(csrf())
                        .with(as(author)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long act = created(location);
        mvc.perform(multipart("/acts/" + act + "/versions")
                        .file(new MockMultipartFile(
                                "file",
                                "text.txt",
                                "text/plain",
                                "Порядок уведомления о личной заинтересованности.".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(as(author)))
                .andExpect(status().is3xxRedirection());
        return act;
    }

    @Test
    void theEmployeeSeesTheActToAcknowledgeWithItsTermOnHisStartPageAndThroughTheApi() throws Exception {
        String title = "Порядок уведомления о личной заинтересованности (задачи)";
        long act = act("ugh.officer", "LOCAL_ACT", title);
        mvc.perform(post("/acts/" + act + "/distributions")
                        .param("organization", Long.toString(organizationId(UGH)))
                        .param("dueOn", LocalDate.now().plusDays(3).toString())
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection());
        long acknowledgement = jdbc.sql("""
                        select k.id from acknowledgement k join act_distribution d on d.id = k.distribution_id
                        join app_user u on u.employee_id = k.employee_id
                        where u.username = 'ugh.employee' and d.act_id = ?""").param(act).query(Long.class).single();

        List<JsonNode> mine = linked(api("ugh.employee"), "/acknowledgements/" + acknowledgement);
        assertThat(mine).hasSize(1);
        JsonNode task = mine.getFirst();
        assertThat(task.get("title").asString()).isEqualTo(title);
        assertThat(task.get("text").asString()).isEqualTo("Ознакомиться с документом под роспись");
        assertThat(task.get("due").asString())
                .isEqualTo(LocalDate.now().plusDays(3).toString());
        assertThat(task.get("daysLeft").asLong()).isEqualTo(3);
        assertThat(task.get("term").asString()).isEqualTo("осталось 3 дня");
        assertThat(task.get("overdue").asBoolean()).isFalse();

        // the start page and «Мои задачи» show it; the officer who sent it has no such task
        assertThat(page("ugh.employee", "/")).contains("Мои задачи", title, "осталось 3 дня");
        assertThat(page("ugh.employee", "/tasks")).contains(title, "/acknowledgements/" + acknowledgement);
        assertThat(linked(api("ugh.officer"), "/acknowledgements/" + acknowledgement))
                .isEmpty();
        assertThat(page("region.admin", "/api/openapi")).contains("/api/v1/tasks", "Мои задачи");
    }

    /** ugh.employee files a notification of personal interest online; returns its id. */
    private long fileNotification(String summary) throws Exception {
        String location = mvc.perform(multipart("/notifications")
                        .file(new MockMultipartFile(
                                "files", "dogovor.txt", "text/plain", "Договор".getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "PERSONAL_INTEREST")
                        .param("summary", summary)
                        .param("details[grounds]", "Сестра руководит ООО «Лютик», участником закупки управления.")
                        .param("details[duties]", "Член единой комиссии по осуществлению закупок.")
                        .param("attendMeeting", "false")
                        .with(as("ugh.employee"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return created(location);
    }

    @Test
    void theOfficerSeesANotificationToRegisterThenToConcludeByItsReviewTermAndObninskNever() throws Exception {
        long id = fileNotification("Сестра руководит участником закупки");
        String link = "/notifications/" + id;

        List<JsonNode> toRegister = linked(api("kaluga.officer"), link);
        assertThat(toRegister).hasSize(1);
        assertThat(toRegister.getFirst().get("kind").asString()).isEqualTo("tasks.kind.notificationRegister");
        assertThat(toRegister.getFirst().get("due").asString())
                .isEqualTo(LocalDate.now().toString());
        assertThat(toRegister.getFirst().get("term").asString()).isEqualTo("срок сегодня");
        assertThat(toRegister.getFirst().get("title").asString()).doesNotContain("ugh.employee");
        assertThat(linked(api("obninsk.officer"), link)).isEmpty();
        assertThat(linked(api("ugh.employee"), link))
                .as("the employee does not register his own")
                .isEmpty();

        mvc.perform(post(link + "/register").with(as("ugh.officer")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        LocalDate reviewBy = jdbc.sql("select review_by from notification where id = ?")
                .param(id)
                .query(LocalDate.class)
                .single();
        List<JsonNode> toConclude = linked(api("kaluga.officer"), link);
        assertThat(toConclude).hasSize(1);
        assertThat(toConclude.getFirst().get("kind").asString()).isEqualTo("tasks.kind.notificationConclude");
        assertThat(toConclude.getFirst().get("due").asString()).isEqualTo(reviewBy.toString());
        assertThat(toConclude.getFirst().get("title").asString()).startsWith("№ ЛЗ-");
        assertThat(page("kaluga.officer", "/tasks")).contains(link, "Подготовить мотивированное заключение");
        assertThat(linked(api("obninsk.officer"), link)).isEmpty();
    }

    @Test
    void eachMunicipalitysOfficerConfirmsHisOwnLetterAndTheSenderNone() throws Exception {
        long act = act("region.admin", "INFORMATION_LETTER", "Об изменениях законодательства (задачи)");
        String letterUrl = mvc.perform(post("/letters")
                        .param("act", Long.toString(act))
                        .param("recipients", "MUNICIPALITIES")
                        .param("dueOn", LocalDate.now().plusDays(5).toString())
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String link = "/letters/" + created(letterUrl);

        List<JsonNode> kaluga = linked(api("kaluga.officer"), link);
        assertThat(kaluga).hasSize(1);
        assertThat(kaluga.getFirst().get("text").asString()).isEqualTo("Подтвердить получение письма: " + KALUGA);
        assertThat(kaluga.getFirst().get("term").asString()).isEqualTo("осталось 5 дней");
        List<JsonNode> obninsk = linked(api("obninsk.officer"), link);
        assertThat(obninsk).hasSize(1);
        assertThat(obninsk.getFirst().get("text").asString()).contains(OBNINSK);
        assertThat(linked(api("region.admin"), link)).isEmpty();
        assertThat(linked(api("ugh.officer"), link))
                .as("addressed to the municipality, not below")
                .isEmpty();

        long kalugaRecipient = jdbc.sql(
                        "select id from act_letter_recipient where letter_id = ? and organization_id = ?")
                .params(created(letterUrl), organizationId(KALUGA))
                .query(Long.class)
                .single();
        mvc.perform(post("/letters/recipients/" + kalugaRecipient)
                        .param("letter", Long.toString(created(letterUrl)))
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        assertThat(linked(api("kaluga.officer"), link)).isEmpty();
        assertThat(linked(api("obninsk.officer"), link)).hasSize(1);
    }

    @Test
    void theOfficerSeesTheNewFindingsOfHisSubtreeAsTheFindingsPageCountsThem() throws Exception {
        for (String officer : List.of("kaluga.officer", "obninsk.officer")) {
            long scope = ((CurrentUserHolder) users.loadUserByUsername(officer))
                    .currentUser()
                    .organizationId();
            int fresh = jdbc.sql("""
                            select count(*) from finding f
                            where f.organization_id in (select organization_id from org_subtree where ancestor_id = ?)
                              and f.status = 'NEW' and f.confidence in ('HIGH', 'MEDIUM')""").param(scope).query(Integer.class).single();
            List<JsonNode> found = linked(api(officer), "/findings?status=NEW");
            if (fresh == 0) {
                assertThat(found).isEmpty();
            } else {
                assertThat(found).hasSize(1);
                assertThat(found.getFirst().get("count").asInt()).isEqualTo(fresh);
                assertThat(found.getFirst().get("due").isNull()).isTrue();
            }
        }
        assertThat(linked(api("ugh.employee"), "/findings?status=NEW")).isEmpty();
    }

    @Test
    void theDemosWaitingCommissionCaseIsToScheduleWithinTenDaysForThoseWhoKeepTheMeetings() throws Exception {
        var waiting = jdbc.sql("""
                        select k.id, k.received_on, k.consider_by from commission_case k
                        join commission c on c.id = k.commission_id
                        where k.status = 'PENDING' and c.organization_id = ?""")
                .param(organizationId(UGH))
                .query((rs, n) ->
                        new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)
                        })
                .list();
        assertThat(waiting).isNotEmpty();
        for (Object[] row : waiting) {
            String link = "/commission/cases/" + row[0];
            LocalDate schedule = ((LocalDate) row[1]).plusDays(10);
            LocalDate considerBy = (LocalDate) row[2];
            LocalDate due = considerBy != null && considerBy.isBefore(schedule) ? considerBy : schedule;
            for (String keeper : List.of("ugh.officer", "kaluga.officer")) {
                List<JsonNode> found = linked(api(keeper), link);
                assertThat(found).as(keeper).hasSize(1);
                assertThat(found.getFirst().get("kind").asString()).isEqualTo("tasks.kind.caseSchedule");
                assertThat(found.getFirst().get("due").asString()).isEqualTo(due.toString());
            }
            assertThat(linked(api("kaluga.commission"), link))
                    .as("a member, not the secretary")
                    .isEmpty();
            assertThat(linked(api("obninsk.officer"), link)).isEmpty();
        }
    }

    @Test
    void reportsWaitOnTheirHandlersWithTheir59FzTerms() throws Exception {
        long ughOfficer = jdbc.sql("select id from app_user where username = 'ugh.officer'")
                .query(Long.class)
                .single();
        var assigned = jdbc.sql("select id from report where status = 'REGISTERED' and assignee_id = ?")
                .param(ughOfficer)
                .query(Long.class)
                .list();
        assertThat(assigned).isNotEmpty();
        for (long id : assigned) {
            List<JsonNode> found = linked(api("ugh.officer"), "/reports/" + id);
            assertThat(found).hasSize(1);
            assertThat(found.getFirst().get("due").isNull()).isFalse();
            assertThat(linked(api("kaluga.officer"), "/reports/" + id))
                    .as("assigned to another")
                    .isEmpty();
        }
        var fresh = jdbc.sql("""
                        select r.id, r.register_by from report r where r.status = 'NEW'
                        and r.organization_id in (select organization_id from org_subtree where ancestor_id = ?)""")
                .param(organizationId(KALUGA))
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class)})
                .list();
        assertThat(fresh).isNotEmpty();
        for (Object[] row : fresh) {
            List<JsonNode> found = linked(api("kaluga.officer"), "/reports/" + row[0]);
            assertThat(found).hasSize(1);
            assertThat(found.getFirst().get("kind").asString()).isEqualTo("tasks.kind.reportRegister");
            assertThat(found.getFirst().get("due").asString()).isEqualTo(row[1].toString());
            assertThat(linked(api("obninsk.officer"), "/reports/" + row[0])).isEmpty();
            assertThat(linked(api("ugh.employee"), "/reports/" + row[0])).isEmpty();
        }
    }

    @Test
    void theEmployeeSeesATestAssignedToHisMunicipalityUntilItCloses() throws Exception {
        CurrentUser admin = ((CurrentUserHolder) users.loadUserByUsername("region.admin")).currentUser();
        if (bank.categories(admin).stream().noneMatch(c -> c.name().equals("Уведомления и подарки"))) {
            bank.importStarter(admin);
        }
        List<Exams.Part> parts = bank.categories(admin).stream()
                .filter(c -> c.name().equals("Уведомления и подарки"))
                .map(c -> new Exams.Part(c.id(), 2))
                .toList();
        String title = "Тест для «Моих задач»";
        long test = exams.create(
                admin, title, 20, 80, 2, LocalDate.now(), LocalDate.now().plusDays(12), true, parts);
        exams.assign(admin, test, List.of(organizationId(KALUGA)));

        List<JsonNode> mine = api("ugh.employee").stream()
                .filter(e -> e.get("title").asString().equals(title))
                .toList();
        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().get("kind").asString()).isEqualTo("tasks.kind.takeTest");
        assertThat(mine.getFirst().get("link").asString()).isEqualTo("/training/my");
        assertThat(mine.getFirst().get("term").asString()).isEqualTo("осталось 12 дней");
        assertThat(api("kaluga.officer").stream()
                        .filter(e -> e.get("title").asString().equals(title)))
                .as("an account without a person card takes no tests")
                .isEmpty();
    }

    @Test
    void theEmployeesUnfiledDeclarationsAndTheOfficersOverdueCount() throws Exception {
        long employee = ((CurrentUserHolder) users.loadUserByUsername("ugh.employee"))
                .currentUser()
                .employeeId();
        var unfiled = jdbc.sql("""
                        select ob.id, ob.due_on from declaration_obligation ob
                        where ob.employee_id = ? and not exists (select 1 from declaration d where d.obligation_id = ob.id)""")
                .param(employee)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class)})
                .list();
        List<JsonNode> mine = api("ugh.employee");
        for (Object[] row : unfiled) {
            List<JsonNode> found = linked(mine, "/declarations/obligations/" + row[0] + "/form");
            assertThat(found).hasSize(1);
            assertThat(found.getFirst().get("due").asString()).isEqualTo(row[1].toString());
        }
        assertThat(mine.stream().filter(e -> e.get("area").asString().equals("declarations")))
                .hasSize(unfiled.size());

        int overdue =
                jdbc.sql("""
                        select count(*) from declaration_obligation ob
                        where ob.organization_id in (select organization_id from org_subtree where ancestor_id = ?)
                          and ob.due_on < current_date
                          and not exists (select 1 from declaration d where d.obligation_id = ob.id)""").param(organizationId(KALUGA)).query(Integer.class).single();
        List<JsonNode> summary = linked(api("kaluga.officer"), "/declarations");
        assertThat(summary).hasSize(overdue > 0 ? 1 : 0);
        if (overdue > 0) {
            assertThat(summary.getFirst().get("count").asInt()).isEqualTo(overdue);
            assertThat(summary.getFirst().get("overdue").asBoolean()).isTrue();
        }
    }

    @Test
    void aFindingUnderReviewWaitsOnTheOfficerItIsAssignedTo() throws Exception {
        long finding =
                jdbc.sql("""
                        select f.id from finding f
                        where f.status = 'NEW'
                          and f.organization_id in (select organization_id from org_subtree where ancestor_id = ?)
                        order by (f.confidence = 'LOW') desc, f.id desc limit 1""").param(organizationId(UGH)).query(Long.class).single();
        mvc.perform(post("/findings/" + finding + "/status")
                        .param("status", "UNDER_REVIEW")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/findings/" + finding + "/assign")
                        .param("assignee", "ugh.officer")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        List<JsonNode> found = linked(api("ugh.officer"), "/findings/" + finding);
        assertThat(found).hasSize(1);
        assertThat(found.getFirst().get("text").asString()).startsWith("Принять решение по находке № " + finding + " ");
        assertThat(linked(api("kaluga.officer"), "/findings/" + finding))
                .as("assigned to another")
                .isEmpty();
        assertThat(linked(api("obninsk.officer"), "/findings/" + finding)).isEmpty();
    }

    @Test
    void obninsksOfficerNeverSeesKalugasTasks() throws Exception {
        String link = "/notifications/" + fileNotification("Супруг работает у поставщика");
        assertThat(linked(api("kaluga.officer"), link)).hasSize(1);
        List<String> obninsk = api("obninsk.officer").stream()
                .map(e -> e.get("link").asString() + " " + e.get("text").asString())
                .toList();
        List<String> kaluga = api("kaluga.officer").stream()
                .filter(e -> !e.get("link").asString().startsWith("/findings?"))
                .map(e -> e.get("link").asString() + " " + e.get("text").asString())
                .toList();
        assertThat(obninsk).doesNotContainAnyElementsOf(kaluga);
        assertThat(page("obninsk.officer", "/")).doesNotContain(link + "\"");
    }

    @Test
    void overdueComesFirstThenByTheLastDayThenWithoutATerm() throws Exception {
        LocalDate today = LocalDate.now();
        Task none = Task.of("findings", "tasks.kind.findingsNew", "a", null, "/a");
        Task later = Task.of("acts", "tasks.kind.acknowledge", "b", today.plusDays(9), "/b");
        Task soon = Task.of("acts", "tasks.kind.acknowledge", "c", today.plusDays(1), "/c");
        Task overdue = Task.of("notifications", "tasks.kind.notificationConclude", "d", today.minusDays(2), "/d");
        Task longOverdue = Task.of("letters", "tasks.kind.confirmLetter", "e", today.minusDays(30), "/e");
        assertThat(Tasks.sorted(List.of(none, later, soon, overdue, longOverdue)))
                .containsExactly(longOverdue, overdue, soon, later, none);

        assertThat(tasks.entry(overdue, today).term()).isEqualTo("просрочено на 2 дня");
        assertThat(tasks.entry(overdue, today).overdue()).isTrue();
        assertThat(tasks.entry(longOverdue, today).term()).isEqualTo("просрочено на 30 дней");
        assertThat(tasks.entry(soon, today).term()).isEqualTo("остался 1 день");
        assertThat(tasks.entry(none, today).term()).isNull();

        // what a user gets is in that order: the days left never decrease, tasks without a term last
        List<JsonNode> entries = api("kaluga.officer");
        boolean termless = false;
        long previous = Long.MIN_VALUE;
        for (JsonNode entry : entries) {
            if (entry.get("daysLeft").isNull()) {
                termless = true;
                continue;
            }
            assertThat(termless).as("a task with a term after one without").isFalse();
            assertThat(entry.get("daysLeft").asLong()).isGreaterThanOrEqualTo(previous);
            previous = entry.get("daysLeft").asLong();
        }
    }

    @Test
    void theSidebarCountsWhatWaitsInEachArea() throws Exception {
        CurrentUser employee = ((CurrentUserHolder) users.loadUserByUsername("ugh.employee")).currentUser();
        List<Task> all = tasks.of(employee);
        long acts = all.stream().filter(t -> t.area().equals("acts")).count();
        assertThat(acts).isPositive();
        int total =
                all.stream().mapToInt(t -> t.count() == null ? 1 : t.count()).sum();

        String page = page("ugh.employee", "/training/my");
        assertThat(page).containsPattern("id=\"tasks-acts\"[^>]*>" + acts + "<");
        assertThat(page).containsPattern("id=\"tasks-all\"[^>]*>" + total + "<");
        // an area with nothing waiting has no badge
        assertThat(page).doesNotContain("id=\"tasks-findings\"");
    }
}
