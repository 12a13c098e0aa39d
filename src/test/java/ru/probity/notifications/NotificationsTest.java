package ru.probity.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.IntegrationTest;
import ru.probity.access.AccessDeniedException;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.notifications.model.NotificationStatus;
import ru.probity.platform.Refusal;

class NotificationsTest extends IntegrationTest {

    @Autowired
    Notifications notifications;

    CurrentUser current(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    /** The employee files a personal-interest notification through the page; returns its id. */
    private long fileAsEmployee(String summary) throws Exception {
        String location = mvc.perform(multipart("/notifications")
                        .file(new MockMultipartFile(
                                "files",
                                "dogovor.txt",
                                "text/plain",
                                "Договор подряда с ООО «Ромашка»".getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "PERSONAL_INTEREST")
                        .param("summary", summary)
                        .param("details[grounds]", "Брат руководит ООО «Ромашка», участником закупки управления.")
                        .param("details[duties]", "Член единой комиссии по осуществлению закупок.")
                        .param("attendMeeting", "true")
                        .with(as("ugh.employee"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).matches("/notifications/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void anEmployeeFilesOnlineAndTheOfficerRegistersReviewsAndSendsItToTheCommission() throws Exception {
        long id = fileAsEmployee("Брат является директором участника закупки");
        mvc.perform(get("/notifications/" + id).with(as("ugh.employee")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("dogovor.txt")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        mvc.perform(get("/notifications/my").with(as("ugh.employee")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Подано, ожидает регистрации")));

        mvc.perform(post("/notifications/" + id + "/register")
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        Notification registered = notifications.get(current("ugh.officer"), id);
        assertThat(registered.status()).isEqualTo(NotificationStatus.REGISTERED);
        assertThat(registered.registrationNumber())
                .matches("ЛЗ-\\d+/" + LocalDate.now().getYear());
        assertThat(registered.registeredOn()).isEqualTo(LocalDate.now());
        assertThat(registered.reviewBy()).isAfter(LocalDate.now());
        assertThat(registered.employeeId()).isEqualTo(current("ugh.employee").employeeId());

        // a second registration is refused, back on the card with the reason: the number never changes
        mvc.perform(post("/notifications/" + id + "/register")
                        .header("Referer", "http://localhost/notifications/" + id)
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/notifications/" + id))
                .andExpect(flash().attribute("problem", "Уведомление уже зарегистрировано."));
        assertThat(notifications.get(current("ugh.officer"), id).registrationNumber())
                .isEqualTo(registered.registrationNumber());

        mvc.perform(post("/notifications/" + id + "/conclusion")
                        .param("conclusion", "Личная заинтересованность может привести к конфликту интересов.")
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/notifications/" + id + "/commission")
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(notifications.get(current("ugh.officer"), id).status())
                .isEqualTo(NotificationStatus.SENT_TO_COMMISSION);

        // the register and its journal show it; the journal's XLSX has the official columns
        mvc.perform(get("/notifications").with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(registered.registrationNumber())));
        mvc.perform(get("/notifications/journal?kind=PERSONAL_INTEREST").with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(registered.registrationNumber())))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        byte[] xlsx = mvc.perform(get("/notifications/journal.xlsx?kind=PERSONAL_INTEREST")
                        .with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("ЛИЧНОЙ ЗАИНТЕРЕСОВАННОСТИ");
            assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Регистрационный номер");
            List<String> numbers = new ArrayList<>();
            for (int r = 5; r <= sheet.getLastRowNum(); r++) {
                numbers.add(sheet.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(numbers).contains(registered.registrationNumber());
        }

        // every read went to the access log
        assertThat(jdbc.sql("""
                        select count(*) from access_log where subject_type = 'NOTIFICATION' and subject_id = ?
                          and action = 'READ'""").param(id).query(Integer.class).single()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void anOfficerNeverHandlesHisOwnNotification() throws Exception {
        long id = fileAsEmployee("Своё уведомление ответственного");
        CurrentUser employee = current("ugh.employee");
        CurrentUser officer = current("ugh.officer");
        // the same person as an officer of the department: his own notification is not his to handle
        CurrentUser himselfAsOfficer = new CurrentUser(
                officer.userId(),
                officer.username(),
                employee.fullName(),
                ru.probity.access.Role.ANTICORRUPTION_OFFICER,
                officer.organizationId(),
                employee.employeeId());
        assertThatThrownBy(() -> notifications.register(himselfAsOfficer, id))
                .isInstanceOf(ru.probity.access.AccessDeniedException.class)
                .hasMessageContaining("273-ФЗ");
        assertThat(notifications.get(officer, id).status()).isEqualTo(NotificationStatus.SUBMITTED);
        notifications.register(officer, id);
        assertThatThrownBy(() -> notifications.close(himselfAsOfficer, id, "Конфликта нет"))
                .isInstanceOf(ru.probity.access.AccessDeniedException.class);
        assertThat(notifications.get(officer, id).status()).isEqualTo(NotificationStatus.REGISTERED);
    }

    @Test
    void anotherMunicipalitysOfficerAndOtherEmployeesAreRefusedOnPagesAndApi() throws Exception {
        long id = fileAsEmployee("Супруга учредитель подрядчика");
        mvc.perform(get("/notifications/" + id).with(as("obninsk.officer"))).andExpect(status().isForbidden());
        mvc.perform(post("/notifications/" + id + "/register")
                        .with(as("obninsk.officer"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/notifications/" + id).with(httpBasic("obninsk.officer", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/notifications").with(httpBasic("obninsk.officer", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
        // the head reads but does not register; the commission member sees it only once sent
        mvc.perform(get("/notifications/" + id).with(as("ugh.head"))).andExpect(status().isOk());
        mvc.perform(post("/notifications/" + id + "/register")
                        .with(as("ugh.head"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/notifications/" + id).with(as("kaluga.commission"))).andExpect(status().isForbidden());
        // the higher officer of the municipality keeps it
        mvc.perform(get("/api/v1/notifications/" + id).with(httpBasic("kaluga.officer", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary").value("Супруга учредитель подрядчика"));
        // an employee sees no register
        mvc.perform(get("/notifications/journal").with(as("ugh.employee"))).andExpect(status().isForbidden());
        mvc.perform(get("/notifications/statistics").with(as("ugh.employee"))).andExpect(status().isForbidden());
    }

    @Test
    void formsNeedTheCsrfToken() throws Exception {
        long id = fileAsEmployee("Проверка защиты формы");
        mvc.perform(post("/notifications/" + id + "/register").with(as("ugh.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/notifications")
                        .param("kind", "GIFT")
                        .param("summary", "Без токена")
                        .with(as("ugh.employee")))
                .andExpect(status().isForbidden());
        assertThat(notifications.get(current("ugh.officer"), id).status()).isEqualTo(NotificationStatus.SUBMITTED);
    }

    @Test
    void filesAreRecognisedByContentAndRequiredFieldsAreAskedInRussian() throws Exception {
        byte[] executable = new byte[] {0x4d, 0x5a, (byte) 0x90, 0x00, 0x03};
        mvc.perform(multipart("/notifications")
                        .file(new MockMultipartFile("files", "scan.pdf", "application/pdf", executable))
                        .param("kind", "GIFT")
                        .param("summary", "Получен сувенир")
                        .param("details[giftReceivedOn]", LocalDate.now().toString())
                        .param("details[event]", "Форум, 12.03")
                        .param("details[gift]", "Ваза")
                        .with(as("ugh.employee"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Файл «scan.pdf» не принят")));
        mvc.perform(multipart("/notifications")
                        .param("kind", "GIFT")
                        .param("summary", "Получен сувенир")
                        .with(as("ugh.employee"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Заполните это поле.")));
        // a new employer's notice is not filed by an employee
        mvc.perform(post("/api/v1/notifications")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"NEW_EMPLOYER_NOTICE\", \"summary\": \"x\"}")
                        .with(httpBasic("ugh.employee", DEMO_PASSWORD)))
                .andExpect(status().isConflict());
    }

    @Test
    void theApiRegistersAPaperNotificationWithItsNumberAtOnce() throws Exception {
        mvc.perform(post("/api/v1/notifications/paper")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"NEW_EMPLOYER_NOTICE\", \"organizationId\": " + organizationId(UGH)
                                + ", \"personName\": \"Петров Пётр Петрович\", \"sender\": \"ООО «Стройресурс»\","
                                + " \"summary\": \"Принят на должность заместителя директора\","
                                + " \"details\": {\"post\": \"Заместитель директора\", \"contract\": \"Трудовой"
                                + " договор № 14 от 01.03\"}}")
                        .with(httpBasic("ugh.officer", DEMO_PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.registrationNumber").value(Matchers.startsWith("НР-")));
        mvc.perform(post("/api/v1/notifications/paper")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"NEW_EMPLOYER_NOTICE\", \"organizationId\": " + organizationId(UGH) + "}")
                        .with(httpBasic("ugh.officer", DEMO_PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.summary").value("Напишите краткое содержание уведомления."));
    }

    @Test
    void registrationNumbersAreGapFreePerOrganizationKindAndYearUnderConcurrency() throws Exception {
        long obninsk = organizationId(OBNINSK);
        int count = 24;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(jdbc.sql("""
                            insert into notification (organization_id, kind, status, channel, person_name, summary,
                              submitted_on, created_by, updated_by)
                            values (?, 'GIFT', 'SUBMITTED', 'PAPER', 'Иванов Иван Иванович', 'Подарок', current_date,
                              'test', 'test') returning id""").param(obninsk).query(Long.class).single());
        }
        CurrentUser officer = current("obninsk.officer");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (long id : ids) {
                tasks.add(() -> notifications.register(officer, id));
            }
            Set<Integer> numbers = new HashSet<>();
            for (Future<String> f : pool.invokeAll(tasks)) {
                String number = f.get();
                assertThat(number)
                        .startsWith("ПД-")
                        .endsWith("/" + LocalDate.now().getYear());
                numbers.add(Integer.parseInt(number.substring(3, number.indexOf('/'))));
            }
            assertThat(numbers).hasSize(count);
            int min = numbers.stream().mapToInt(Integer::intValue).min().orElseThrow();
            int max = numbers.stream().mapToInt(Integer::intValue).max().orElseThrow();
            assertThat(max - min + 1).isEqualTo(count);
            assertThat(jdbc.sql("select last from notification_counter where organization_id = ? and kind = 'GIFT'"
                                    + " and year = extract(year from current_date)")
                            .param(obninsk)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(max);
        } finally {
            pool.shutdown();
        }
        // another kind of the same organization counts on its own
        long other = jdbc.sql("""
                        insert into notification (organization_id, kind, status, channel, person_name, summary,
                          submitted_on, created_by, updated_by)
                        values (?, 'OTHER_PAID_WORK', 'SUBMITTED', 'PAPER', 'Иванов Иван Иванович', 'Преподавание',
                          current_date, 'test', 'test') returning id""").param(obninsk).query(Long.class).single();
        assertThat(notifications.register(officer, other)).startsWith("ИР-");
        assertThatThrownBy(() -> notifications.register(current("ugh.officer"), other))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void statisticsCountTheSubtreeByKind() throws Exception {
        fileAsEmployee("Для статистики");
        mvc.perform(get("/notifications/statistics").with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("О возникновении личной заинтересованности")));
        mvc.perform(get("/api/v1/notifications/statistics").with(httpBasic("ugh.officer", DEMO_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.byKind[?(@.key == 'PERSONAL_INTEREST')].received")
                        .value(Matchers.hasItem(Matchers.greaterThan(0))));
        mvc.perform(get("/notifications/statistics.xlsx").with(as("kaluga.officer")))
                .andExpect(status().isOk());
    }

    @Test
    void everyFormAndPageRendersInRussian() throws Exception {
        for (NotificationKind kind : NotificationKind.values()) {
            if (kind.online()) {
                mvc.perform(get("/notifications/new?kind=" + kind).with(as("ugh.employee")))
                        .andExpect(status().isOk())
                        .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
            }
            mvc.perform(get("/notifications/paper?kind=" + kind).with(as("ugh.officer")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
            mvc.perform(get("/notifications/journal?kind=" + kind).with(as("kaluga.officer")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        }
        for (String url :
                new String[] {"/notifications", "/notifications?overdue=true&kind=GIFT", "/notifications/statistics"}) {
            mvc.perform(get(url).with(as("region.auditor")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
        }
        mvc.perform(get("/notifications/paper?kind=GIFT").with(as("ugh.employee")))
                .andExpect(status().isForbidden());
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @Test
    void theCommissionsDecisionIsRecordedOnlyOnANotificationSentToIt() throws Exception {
        long id = fileAsEmployee("Сестра работает бухгалтером у поставщика");
        LocalDate day = LocalDate.now();
        // another source's decision with the same id is not this notification's
        transaction.executeWithoutResult(s -> events.publishEvent(
                new ru.probity.cases.CaseDecided("FINDING", id, day, "Протокол № 9: чужое решение")));
        assertThat(notifications.get(current("ugh.officer"), id).commissionDecision())
                .isNull();
        // a notification that was not sent refuses the decision, and the voting transaction with it
        assertThatThrownBy(() ->
                        transaction.executeWithoutResult(s -> events.publishEvent(new ru.probity.cases.CaseDecided(
                                NotificationSentToCommission.SOURCE_TYPE, id, day, "Протокол № 9: решение"))))
                .isInstanceOf(Refusal.class)
                .hasMessageContaining("notifications.error.notSent");
        assertThat(notifications.get(current("ugh.officer"), id).status()).isEqualTo(NotificationStatus.SUBMITTED);
    }
}
