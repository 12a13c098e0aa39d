package ru.probity.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.reports.engine.ProofOfWork;

/**
 * Citizens' reports under 59-ФЗ (issue 18, items 9 and 2): who gets no answer (ст.11 ч.1), no
 * commission for anonymous ones (Указ №821 п.17), «противоправное деяние», forwarding to an external
 * body by an outgoing letter (ст.8 ч.3), no consent demanded (152-ФЗ ст.6 ч.1 п.2), never to the
 * person complained about (ст.8 ч.6), destruction by an act after the retention period (Перечень
 * №236, 5 лет ЭПК).
 */
class ReportAppealsLawTest extends IntegrationTest {

    @Autowired
    PublicReports publicReports;

    @Autowired
    ReportHandling handling;

    @Autowired
    ReportJobs jobs;

    @Autowired
    Challenges challenges;

    @Autowired
    ClientThrottle throttle;

    @BeforeEach
    void forgetThrottle() {
        throttle.reset();
    }

    CurrentUser current(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    long newest() {
        return jdbc.sql("select max(id) from report").query(Long.class).single();
    }

    long submit(String name, String address, String phone, String email) {
        publicReports.submit(new PublicReports.Submission(
                organizationId(UGH),
                ReportTopic.BRIBERY,
                "Сообщение о поборах в управлении " + UUID.randomUUID(),
                name,
                address,
                phone,
                email,
                false,
                false,
                List.of()));
        return newest();
    }

    /** A letter taken by the officer of the organization, registered at once. */
    long intake(String officer, String organization, String contacts, boolean answerAddress) throws Exception {
        String location = mvc.perform(multipart("/reports")
                        .param("organizationId", Long.toString(organizationId(organization)))
                        .param("channel", "LETTER")
                        .param("topic", "ABUSE_OF_POWER")
                        .param("text", "Письмо о злоупотреблении полномочиями " + UUID.randomUUID())
                        .param("contacts", contacts)
                        .param("answerAddress", Boolean.toString(answerAddress))
                        .with(csrf())
                        .with(as(officer)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    boolean anonymous(long id) {
        return jdbc.sql("select anonymous from report where id = ?")
                .param(id)
                .query(Boolean.class)
                .single();
    }

    String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static String flash(ResultActions result, String kind) {
        return String.valueOf(result.andReturn().getFlashMap().get(kind));
    }

    String column(long id, String column) {
        return jdbc.sql("select cast(" + column + " as text) from report where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    // ---- 59-ФЗ ст.11 ч.1: no answer without the surname or a postal or e-mail address -----------

    @Test
    void aReportWithAPhoneOnlyGetsNoAnswerUnderArticle11() throws Exception {
        long phoneOnly = submit(null, null, "+7 900 123-45-67", null);
        assertThat(anonymous(phoneOnly)).isTrue();
        // the phone is still kept, sealed, for the custodian
        assertThat(column(phoneOnly, "contacts")).isNotNull();
        handling.registerReport(current("ugh.officer"), phoneOnly, false, false);
        assertThat(column(phoneOnly, "answer_by")).isNull();
        assertThat(page("ugh.officer", "/reports/" + phoneOnly))
                .contains("ответ не направляется: не указаны фамилия или почтовый/электронный адрес (59-ФЗ ст.11 ч.1)");
    }

    @Test
    void aReportWithANameOnlyGetsNoAnswerUnderArticle11ButANameWithAnEmailDoes() {
        long nameOnly = submit("Петров Пётр", null, null, null);
        assertThat(anonymous(nameOnly)).isTrue();
        long emailOnly = submit(null, null, null, "reporter@example.ru");
        assertThat(anonymous(emailOnly)).isTrue();

        long answerable = submit("Петров Пётр", null, null, "reporter@example.ru");
        assertThat(anonymous(answerable)).isFalse();
        handling.registerReport(current("ugh.officer"), answerable, false, false);
        assertThat(column(answerable, "answer_by"))
                .isEqualTo(LocalDate.now().plusDays(30).toString());
    }

    @Test
    void aLetterWhoseContactsLackAnAddressForTheAnswerGetsNoAnswerUnderArticle11() throws Exception {
        long phoneOnly = intake("ugh.officer", UGH, "Петров Пётр, +7 900 000-00-01", false);
        assertThat(anonymous(phoneOnly)).isTrue();
        assertThat(column(phoneOnly, "answer_by")).isNull();
        assertThat(column(phoneOnly, "contacts")).isNotNull();

        long answerable = intake("ugh.officer", UGH, "Петров Пётр, г. Калуга, ул. Ленина, д. 4", true);
        assertThat(anonymous(answerable)).isFalse();
        assertThat(column(answerable, "answer_by"))
                .isEqualTo(LocalDate.now().plusDays(30).toString());
    }

    // ---- Указ №821 п.17: the commission does not consider anonymous appeals ---------------------

    @Test
    void anAnonymousReportIsNotSentToTheCommissionUnderDecree821Point17() throws Exception {
        long id = intake("ugh.officer", UGH, "", true);
        assertThat(anonymous(id)).isTrue();
        String card = page("ugh.officer", "/reports/" + id);
        assertThat(card).doesNotContain("id=\"commission-link\"").contains("id=\"commission-anonymous\"");
        assertThat(flash(
                        mvc.perform(post("/reports/" + id + "/commission")
                                .with(csrf())
                                .with(as("ugh.officer"))),
                        "problem"))
                .contains("Указ Президента РФ № 821, п. 17");
        assertThat(column(id, "sent_to_commission_on")).isNull();

        // an anonymous report can still be checked: forwarded to the competent body (ст.11 ч.1)
        mvc.perform(post("/reports/" + id + "/forward")
                        .param("body", "Прокуратура города Калуги")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection());
        assertThat(column(id, "status")).isEqualTo("FORWARDED");

        long named = intake("ugh.officer", UGH, "Сидоров Семён, sidorov@example.ru", true);
        assertThat(page("ugh.officer", "/reports/" + named)).contains("id=\"commission-link\"");
    }

    // ---- «противоправное деяние», not «преступление» -------------------------------------------

    @Test
    void theReportsSpeakOfAnUnlawfulActAsArticle11DoesNotOfACrime() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("src/main/resources/messages.properties")).stream()
                .filter(l -> l.startsWith("reports.") || l.startsWith("tasks.kind.report"))
                .toList();
        assertThat(lines).noneMatch(l -> l.toLowerCase().contains("преступлен"));
        long id = intake("ugh.officer", UGH, "", true);
        jdbc.sql("update report set about_crime = true where id = ?").param(id).update();
        assertThat(page("ugh.officer", "/reports/" + id)).contains("о противоправном деянии");
        assertThat(page("ugh.officer", "/reports/new"))
                .contains("подготавливаемом, совершаемом или совершённом противоправном деянии");
    }

    // ---- 59-ФЗ ст.8 ч.3: forwarding to an external competent body -------------------------------

    @Test
    void aRegisteredReportIsForwardedToThePoliceByARegisteredOutgoingLetterAndTheReporterIsTold() throws Exception {
        PublicReception reporter = new PublicReception(mvc, "10.18.0.1");
        String receipt = PublicReception.receipt(reporter.submit(
                organizationId(UGH), "Начальник отдела требует деньги за справку " + UUID.randomUUID()));
        long id = newest();

        // not before registration
        assertThat(flash(
                        mvc.perform(post("/reports/" + id + "/forward")
                                .param("body", "УМВД России по Калужской области")
                                .with(csrf())
                                .with(as("ugh.officer"))),
                        "problem"))
                .contains("Сначала зарегистрируйте");
        mvc.perform(post("/reports/" + id + "/register").with(csrf()).with(as("ugh.officer")));
        String card = page("ugh.officer", "/reports/" + id);
        assertThat(card).contains("id=\"forward-form\"").contains("Органы внутренних дел (полиция)");
        assertThat(flash(
                        mvc.perform(post("/reports/" + id + "/forward")
                                .param("body", " ")
                                .with(csrf())
                                .with(as("ugh.officer"))),
                        "problem"))
                .contains("Укажите орган");

        assertThat(flash(
                        mvc.perform(post("/reports/" + id + "/forward")
                                .param("body", "УМВД России по Калужской области")
                                .param("outgoingNumber", "")
                                .with(csrf())
                                .with(as("ugh.officer"))),
                        "notice"))
                .isEqualTo("reports.forwarded");
        int year = LocalDate.now().getYear();
        assertThat(column(id, "status")).isEqualTo("FORWARDED");
        assertThat(column(id, "forwarded_to")).isEqualTo("УМВД России по Калужской области");
        assertThat(column(id, "outgoing_number")).matches("\\d+-исх/" + year);
        assertThat(column(id, "outgoing_on")).isEqualTo(LocalDate.now().toString());
        assertThat(column(id, "closed_on")).isEqualTo(LocalDate.now().toString());
        String number = column(id, "outgoing_number");
        assertThat(page("ugh.officer", "/reports/" + id))
                .contains("id=\"forwarded-to\"")
                .contains("исх. № " + number)
                .contains("направлено по компетенции в другой орган");
        assertThat(PublicReception.html(reporter.lookUp(receipt)))
                .contains("Обращение направлено по компетенции в УМВД России по Калужской области")
                .contains("исх. № " + number);
        // once
        assertThat(flash(
                        mvc.perform(post("/reports/" + id + "/forward")
                                .param("body", "Прокуратура")
                                .with(csrf())
                                .with(as("ugh.officer"))),
                        "problem"))
                .contains("закрыто");

        // the officer's own number and date are kept; the next generated number follows
        long other = intake("ugh.officer", UGH, "", true);
        mvc.perform(post("/reports/" + other + "/forward")
                .param("body", "Прокуратура города Калуги")
                .param("outgoingNumber", "01-15/77")
                .param("outgoingOn", LocalDate.now().toString())
                .with(csrf())
                .with(as("ugh.officer")));
        assertThat(column(other, "outgoing_number")).isEqualTo("01-15/77");
    }

    // ---- 152-ФЗ ст.6 ч.1 п.2: no consent demanded ----------------------------------------------

    @Test
    void aReportWithContactsIsAcceptedWithoutConsentUnder152FzArticle6() throws Exception {
        String form = mvc.perform(get("/public/reports/new"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("необязательно").contains("152-ФЗ, ст. 6 ч. 1 п. 2");
        for (boolean consent : new boolean[] {false, true}) {
            String challenge = challenges.issue();
            var request = multipart("/public/reports")
                    .param("organizationId", Long.toString(organizationId(UGH)))
                    .param("topic", "BRIBERY")
                    .param("text", "Сообщение с контактами без согласия " + UUID.randomUUID())
                    .param("name", "Иванова Мария")
                    .param("email", "ivanova@example.ru")
                    .param("challenge", challenge)
                    .param("solution", ProofOfWork.solve(challenge))
                    .with(csrf());
            if (consent) {
                request.param("consent", "true");
            }
            String html = mvc.perform(request)
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).contains("id=\"receipt\"");
            long id = newest();
            assertThat(column(id, "consent")).isEqualTo(Boolean.toString(consent));
            assertThat(anonymous(id)).isFalse();
        }
        // without contacts nothing is asked, nothing is recorded
        assertThat(column(submit(null, null, null, null), "consent")).isNull();
    }

    // ---- 59-ФЗ ст.8 ч.6: never to the person complained about -----------------------------------

    /**
     * The employee behind an officer account of the department, created for the test: an officer of
     * UGH linked to an employee of UGH who has no account yet.
     */
    long linkedOfficer(String username) {
        if (jdbc.sql("select count(*) from app_user where username = ?")
                        .param(username)
                        .query(Integer.class)
                        .single()
                == 0) {
            long employee = jdbc.sql("""
                    select e.id from employee e join organization o on o.id = e.organization_id
                    where o.name = ? and e.active and not exists (select 1 from app_user u where u.employee_id = e.id)
                    order by e.id desc limit 1""").param(UGH).query(Long.class).single();
            jdbc.sql("""
                    insert into app_user (username, password_hash, full_name, role, organization_id, employee_id, created_by)
                    select ?, password_hash, 'Проверка Жалобы', 'ANTICORRUPTION_OFFICER', organization_id, ?, 'test'
                    from app_user where username = 'ugh.officer'""").params(username, employee).update();
        }
        return jdbc.sql("select employee_id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    @Test
    void aComplaintIsNeverAssignedToTheEmployeeItComplainsAboutUnderArticle8Part6() throws Exception {
        long id = intake("kaluga.officer", UGH, "Сидоров Семён, sidorov@example.ru", true);
        long subject = linkedOfficer("subject18.officer");
        String form = page("kaluga.officer", "/reports/" + id + "/subject?q=");
        assertThat(form).contains("id=\"subject-form\"");
        assertThat(flash(
                        mvc.perform(post("/reports/" + id + "/subject")
                                .param("employeeId", Long.toString(subject))
                                .with(csrf())
                                .with(as("kaluga.officer"))),
                        "notice"))
                .isEqualTo("reports.subject.named");
        assertThat(column(id, "employee_id")).isEqualTo(Long.toString(subject));
        String card = page("kaluga.officer", "/reports/" + id);
        assertThat(card).contains("id=\"subject-employee\"");
        // not offered as the assignee, and refused when posted
        assertThat(card).contains("id=\"assigneeId\"").doesNotContain("Проверка Жалобы");
        assertThat(flash(
                        mvc.perform(post("/reports/" + id + "/assign")
                                .param("assigneeId", Long.toString(userId("subject18.officer")))
                                .with(csrf())
                                .with(as("kaluga.officer"))),
                        "problem"))
                .contains("59-ФЗ, ст. 8 ч. 6");
        assertThat(column(id, "assignee_id")).isEqualTo(Long.toString(userId("kaluga.officer")));
        // the history does not name him (the custodian reads it)
        assertThat(page("region.custodian", "/reports/" + id))
                .contains("указан сотрудник, на которого жалоба")
                .doesNotContain("id=\"subject-employee\"");
    }

    @Test
    void aComplaintIsNotRedirectedToTheOrganizationItsSubjectHeadsUnderArticle8Part6() throws Exception {
        long id = intake("kaluga.officer", KALUGA, "Сидоров Семён, sidorov@example.ru", true);
        long subject = employeeOf(UGH);
        boolean wasHead = jdbc.sql("select head_of_customer from employee where id = ?")
                .param(subject)
                .query(Boolean.class)
                .single();
        jdbc.sql("update employee set head_of_customer = true where id = ?")
                .param(subject)
                .update();
        try {
            handling.nameSubject(current("kaluga.officer"), id, subject);
            assertThat(flash(
                            mvc.perform(post("/reports/" + id + "/redirect")
                                    .param("organizationId", Long.toString(organizationId(UGH)))
                                    .with(csrf())
                                    .with(as("kaluga.officer"))),
                            "problem"))
                    .contains("её возглавляет сотрудник, на которого жалоба")
                    .contains("59-ФЗ, ст. 8 ч. 6");
            assertThat(column(id, "organization_id")).isEqualTo(Long.toString(organizationId(KALUGA)));
        } finally {
            jdbc.sql("update employee set head_of_customer = ? where id = ?")
                    .params(wasHead, subject)
                    .update();
        }
    }

    // ---- retention: Перечень №236 (5 лет ЭПК), destroyed only by an act --------------------------

    @Test
    void aReportPastItsFiveYearsIsListedAndDestroyedOnlyByAnActAfterExpertReview() throws Exception {
        long old = intake("kaluga.officer", UGH, "Петров Пётр, г. Калуга, ул. Ленина, д. 5", true);
        long recent = intake("kaluga.officer", UGH, "", true);
        int year = LocalDate.now().getYear();
        // closed in the year before the five full years: past; closed in the fifth year back: not yet
        jdbc.sql("update report set status = 'CLOSED', closed_on = ? where id = ?")
                .params(LocalDate.of(year - 6, 12, 31), old)
                .update();
        jdbc.sql("update report set status = 'CLOSED', closed_on = ? where id = ?")
                .params(LocalDate.of(year - 5, 1, 1), recent)
                .update();

        // nothing goes by itself
        jobs.scheduled();
        assertThat(column(old, "body")).isNotNull();

        String list = page("kaluga.officer", "/reports/retention");
        assertThat(list).contains("value=\"" + old + "\"").doesNotContain("value=\"" + recent + "\"");
        assertThat(page("kaluga.officer", "/reports")).contains("id=\"retention-link\"");

        assertThat(flash(
                        mvc.perform(post("/reports/retention/destroy")
                                .param("ids", Long.toString(old))
                                .param("actOn", LocalDate.now().toString())
                                .with(csrf())
                                .with(as("kaluga.officer"))),
                        "problem"))
                .contains("номер акта");
        // all or none: one not expired refuses the whole act
        assertThat(flash(
                        mvc.perform(post("/reports/retention/destroy")
                                .param("ids", Long.toString(old), Long.toString(recent))
                                .param("act", "7-ЭК")
                                .param("actOn", LocalDate.now().toString())
                                .with(csrf())
                                .with(as("kaluga.officer"))),
                        "problem"))
                .contains("ещё не истёк");
        assertThat(column(old, "body")).isNotNull();

        assertThat(flash(
                        mvc.perform(post("/reports/retention/destroy")
                                .param("ids", Long.toString(old))
                                .param("act", "7-ЭК")
                                .param("actOn", LocalDate.now().toString())
                                .with(csrf())
                                .with(as("kaluga.officer"))),
                        "notice"))
                .isEqualTo("reports.retention.destroyed");
        assertThat(column(old, "body")).isNull();
        assertThat(column(old, "contacts")).isNull();
        assertThat(column(old, "data_key")).isNull();
        assertThat(column(old, "destruction_act")).isEqualTo("7-ЭК");
        assertThat(column(old, "destroyed_by")).isEqualTo("kaluga.officer");
        assertThat(jdbc.sql("select count(*) from report_file where report_id = ?")
                                .param(old)
                                .query(Integer.class)
                                .single()
                        + jdbc.sql("select count(*) from report_message where report_id = ?")
                                .param(old)
                                .query(Integer.class)
                                .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from access_log where subject_type = 'REPORT' and subject_id = ?"
                                + " and action = 'DELETE' and username = 'kaluga.officer'")
                        .param(old)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        // the tombstone: the card with the act, the history; no longer in the list
        assertThat(page("kaluga.officer", "/reports/" + old))
                .contains("по акту № 7-ЭК")
                .contains("id=\"content-destroyed\"")
                .contains("содержание уничтожено по акту");
        assertThat(page("kaluga.officer", "/reports/retention")).doesNotContain("value=\"" + old + "\"");
        assertThat(column(recent, "body")).isNotNull();
    }
}
