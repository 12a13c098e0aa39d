package ru.probity.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import ru.probity.IntegrationTest;
import ru.probity.reports.engine.ProofOfWork;

class ReportsTest extends IntegrationTest {

    private static final Pattern RECEIPT = Pattern.compile("id=\"receipt\">([0-9A-Z-]{24})<");

    @Autowired
    Challenges challenges;

    @Autowired
    ClientThrottle throttle;

    @BeforeEach
    void forgetThrottle() {
        throttle.reset();
    }

    private MockMultipartHttpServletRequestBuilder form(String text, MockMultipartFile... files) {
        String challenge = challenges.issue();
        MockMultipartHttpServletRequestBuilder request = multipart("/public/reports");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        request.param("organizationId", Long.toString(organizationId(UGH)))
                .param("topic", "BRIBERY")
                .param("text", text)
                .param("challenge", challenge)
                .param("solution", ProofOfWork.solve(challenge))
                .with(csrf());
        return request;
    }

    /** Submits anonymously through the public form; returns the receipt as shown. */
    private String submit(String text, MockMultipartFile... files) throws Exception {
        String html = mvc.perform(form(text, files))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher m = RECEIPT.matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return m.group(1);
    }

    private long reportOf(String marker) {
        // the test knows the report through the only thing the officer sees: its newest id
        return jdbc.sql("select max(id) from report").query(Long.class).single();
    }

    private String reporterPage(String receipt) throws Exception {
        MvcResult opened = new PublicReception(mvc, "127.0.0.1").lookUp(receipt);
        assertThat(opened.getResponse().getStatus()).isEqualTo(200);
        return PublicReception.html(opened);
    }

    private int plaintextRows(String marker) {
        byte[] bytes = marker.getBytes(StandardCharsets.UTF_8);
        return jdbc.sql("""
                select (select count(*) from report r where r::text like '%' || :m || '%'
                          or position(:b in r.body) > 0 or position(:b in coalesce(r.contacts, ''::bytea)) > 0
                          or position(:b in coalesce(r.answer, ''::bytea)) > 0)
                     + (select count(*) from report_message x where x::text like '%' || :m || '%' or position(:b in x.body) > 0)
                     + (select count(*) from report_file f where f.content_type like '%' || :m || '%'
                          or position(:b in f.name) > 0 or position(:b in f.content) > 0)
                     + (select count(*) from report_history h where h::text like '%' || :m || '%')
                     + (select count(*) from access_log a where a::text like '%' || :m || '%')""")
                .param("m", marker)
                .param("b", bytes)
                .query(Integer.class)
                .single();
    }

    @Test
    void anAnonymousReportIsStoredSealedAndTheReporterAndTheAssignedOfficerTalkThroughTheReceipt() throws Exception {
        String marker = "Взятка-" + UUID.randomUUID();
        String fileMarker = "Файл-" + UUID.randomUUID();
        String receipt = submit(
                "Начальник отдела " + marker + " требует деньги за разрешение.",
                new MockMultipartFile(
                        "files",
                        fileMarker + ".txt",
                        "text/plain",
                        (fileMarker + " содержимое").getBytes(StandardCharsets.UTF_8)));
        assertThat(receipt).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");
        long id = reportOf(marker);

        assertThat(plaintextRows(marker)).isZero();
        assertThat(plaintextRows(fileMarker)).isZero();
        assertThat(jdbc.sql("select count(*) from report where receipt_hash = convert_to(?, 'UTF8')")
                        .param(receipt.replace("-", ""))
                        .query(Integer.class)
                        .single())
                .isZero();

        String page = reporterPage(receipt.toLowerCase());
        assertThat(page).contains(marker).contains(fileMarker + ".txt").contains("Поступило, не зарегистрировано");

        // the officer of another municipality does not see it; an unassigned officer sees no content
        mvc.perform(get("/reports/" + id).with(as("obninsk.officer"))).andExpect(status().isForbidden());
        String unassigned = mvc.perform(get("/reports/" + id).with(as("kaluga.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(unassigned).doesNotContain(marker).contains("content-closed");
        long fileId = jdbc.sql("select id from report_file where report_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        mvc.perform(get("/reports/" + id + "/files/" + fileId).with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/" + id).with(as("ugh.employee"))).andExpect(status().isForbidden());
        mvc.perform(get("/reports").with(as("ugh.head"))).andExpect(status().isForbidden());

        // registration, assignment, reading (logged), a question
        mvc.perform(post("/reports/" + id + "/register").with(csrf()).with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection());
        long officer = jdbc.sql("select id from app_user where username = 'ugh.officer'")
                .query(Long.class)
                .single();
        mvc.perform(post("/reports/" + id + "/assign")
                        .param("assigneeId", Long.toString(officer))
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection());
        int readsBefore = reads(id);
        String card = mvc.perform(get("/reports/" + id).with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(card).contains(marker).contains("ответ не направляется");
        assertThat(reads(id)).isEqualTo(readsBefore + 1);
        mvc.perform(post("/reports/" + id + "/messages")
                        .param("text", "Уточните, пожалуйста, дату и номер кабинета.")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/reports/" + id + "/messages")
                        .param("text", "Внутренняя заметка проверяющего")
                        .param("internal", "true")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection());

        // the reporter reads the question (not the internal note) and answers with a file
        page = reporterPage(receipt);
        assertThat(page).contains("Уточните, пожалуйста").doesNotContain("Внутренняя заметка");
        // the page's reply form carries the ticket of the look-up; without it nothing is looked up
        assertThat(new PublicReception(mvc, "127.0.0.1")
                        .reply(receipt, null, "Без билета")
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(new PublicReception(mvc, "127.0.0.1")
                        .reply(
                                receipt,
                                PublicReception.ticket(page),
                                "Кабинет 305, 12 марта.",
                                new MockMultipartFile("files", "schema.png", "image/png", new byte[] {
                                    (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0
                                }))
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        card = mvc.perform(get("/reports/" + id).with(as("ugh.officer")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(card).contains("Кабинет 305, 12 марта.").contains("schema.png");
        assertThat(plaintextRows("Кабинет 305")).isZero();
    }

    private int reads(long id) {
        return jdbc.sql(
                        "select count(*) from access_log where subject_type = 'REPORT' and subject_id = ? and action = 'READ'")
                .param(id)
                .query(Integer.class)
                .single();
    }

    @Test
    void wrongReceiptsFromOneClientMakeItsLookUpsHarderEvenForARightOne() throws Exception {
        String receipt = submit("Сообщение для проверки ограничения попыток ввода кода.");
        PublicReception client = new PublicReception(mvc, "127.0.0.1");
        for (int i = 0; i < 5; i++) {
            assertThat(client.lookUp("AAAA-BBBB-CCCC-DDDD-EEE" + i)
                            .getResponse()
                            .getStatus())
                    .isEqualTo(404);
        }
        // the base work is no longer enough from this client: refused, and the form asks for more
        String base = challenges.issue();
        MvcResult refused = client.lookUp(receipt, base, ProofOfWork.solve(base));
        assertThat(refused.getResponse().getStatus()).isEqualTo(429);
        assertThat(PublicReception.html(refused)).contains("Слишком много неудачных попыток");
        String harder = client.lookUpChallenge();
        assertThat(ProofOfWork.bits(harder)).isEqualTo(ProofOfWork.bits(base) + 2);
        // with the harder work done, the right receipt opens
        MvcResult opened = client.lookUp(receipt, harder, ProofOfWork.solve(harder));
        assertThat(opened.getResponse().getStatus()).isEqualTo(200);
        assertThat(PublicReception.html(opened)).contains("Сообщение для проверки");
    }

    @Test
    void theDemoRegistersItsFirstReportThroughTheReportsAndGivesItToTheDepartmentsOfficer() {
        record Demo(
                String status,
                String number,
                LocalDate registeredOn,
                LocalDate redirectBy,
                LocalDate answerBy,
                String assignee) {}
        Demo demo = jdbc.sql("""
                        select r.status, r.registration_number, r.registered_on, r.redirect_by, r.answer_by, u.username
                        from report r join app_user u on u.id = r.assignee_id
                        where r.id = (select min(id) from report where organization_id = ?)""")
                .param(organizationId(UGH))
                .query((rs, n) -> new Demo(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6)))
                .single();
        assertThat(demo.status()).isEqualTo("REGISTERED");
        assertThat(demo.number()).isEqualTo("1/" + demo.registeredOn().getYear());
        assertThat(demo.redirectBy()).isEqualTo(demo.registeredOn().plusDays(7));
        assertThat(demo.answerBy()).as("anonymous: no answer is due").isNull();
        assertThat(demo.assignee()).isEqualTo("ugh.officer");
    }

    @Test
    void aFormWithoutWorkOrCsrfOrWithABadFileIsRefusedInRussian() throws Exception {
        mvc.perform(multipart("/public/reports")
                        .param("organizationId", Long.toString(organizationId(UGH)))
                        .param("topic", "BRIBERY")
                        .param("text", "Текст без решения задачи")
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("Проверка защиты от автоматической рассылки"));
        String challenge = challenges.issue();
        mvc.perform(multipart("/public/reports")
                        .param("text", "Текст без токена")
                        .param("challenge", challenge)
                        .param("solution", ProofOfWork.solve(challenge)))
                .andExpect(status().isForbidden());
        String bad = mvc.perform(form(
                        "Сообщение с поддельным PDF-файлом внутри.",
                        new MockMultipartFile("files", "akt.pdf", "application/pdf", "MZ not a pdf".getBytes())))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(bad).contains("Файл «akt.pdf» не принят");
        String large = mvc.perform(form(
                        "Сообщение со слишком большим файлом.",
                        new MockMultipartFile("files", "big.txt", "text/plain", new byte[11 * 1024 * 1024])))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(large).contains("больше 10 МБ");
        // a spent challenge is not accepted twice
        String once = challenges.issue();
        String solution = ProofOfWork.solve(once);
        challenges.spend(once, solution);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> challenges.spend(once, solution))
                .isInstanceOf(ru.probity.platform.Refusal.class);
    }

    @Test
    void scriptInTheTextAndInAFileNameIsShownAsText() throws Exception {
        String receipt = submit(
                "<script>alert('text')</script> описание",
                new MockMultipartFile("files", "<img src=x onerror=alert(1)>.txt", "text/plain", "x".getBytes()));
        String page = reporterPage(receipt);
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x");
        assertThat(page).contains("&lt;script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;.txt");
    }

    @Test
    void anOfficerRegistersAHotlineCallExtendsTheTermOnceAndAnswers() throws Exception {
        String marker = "Звонок-" + UUID.randomUUID();
        String location = mvc.perform(multipart("/reports")
                        .param("organizationId", Long.toString(organizationId(UGH)))
                        .param("channel", "HOTLINE")
                        .param("topic", "PROCUREMENT")
                        .param("receivedOn", LocalDate.now().toString())
                        .param("text", "Гражданин сообщил по телефону доверия: " + marker)
                        .param("contacts", "Петров Пётр Петрович, г. Калуга, ул. Ленина, д. 3, +7 900 000-00-00")
                        .param("answerAddress", "true")
                        .param("aboutMunicipalEmployee", "true")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        var row = jdbc.sql("select registration_number, registered_on, redirect_by, answer_by, channel, anonymous"
                        + " from report where id = ?")
                .param(id)
                .query((rs, n) -> new Object[] {
                    rs.getString(1),
                    rs.getDate(2).toLocalDate(),
                    rs.getDate(3).toLocalDate(),
                    rs.getDate(4).toLocalDate(),
                    rs.getString(5),
                    rs.getBoolean(6)
                })
                .single();
        assertThat((String) row[0]).endsWith("/" + LocalDate.now().getYear());
        assertThat(row[1]).isEqualTo(LocalDate.now());
        assertThat(row[2]).isEqualTo(LocalDate.now().plusDays(7));
        assertThat(row[3]).isEqualTo(LocalDate.now().plusDays(30));
        assertThat(row[4]).isEqualTo("HOTLINE");
        assertThat(row[5]).isEqualTo(false);
        assertThat(plaintextRows(marker)).isZero();
        assertThat(plaintextRows("Петров Пётр")).isZero();

        // the identity: the custodian reads it (logged); the registry's other roles do not
        String custodian = mvc.perform(
                        get("/reports/" + id).param("identity", "true").with(as("region.custodian")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(custodian).contains("Петров Пётр Петрович").doesNotContain(marker);
        assertThat(jdbc.sql("select count(*) from access_log where subject_type = 'report-identity' and subject_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(get("/reports/" + id).param("identity", "true").with(as("kaluga.officer")))
                .andExpect(status().isForbidden());

        mvc.perform(post("/reports/" + id + "/extend")
                        .param("days", "31")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(r ->
                        assertThat(r.getFlashMap().get("problem")).asString().contains("1–30"));
        mvc.perform(post("/reports/" + id + "/extend")
                        .param("days", "20")
                        .param("reason", "нужен запрос в другой орган")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getFlashMap().get("notice")).isEqualTo("reports.extended"));
        mvc.perform(post("/reports/" + id + "/extend")
                        .param("days", "5")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(r ->
                        assertThat(r.getFlashMap().get("problem")).asString().contains("одно продление"));
        assertThat(jdbc.sql("select answer_by from report where id = ?")
                        .param(id)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.now().plusDays(50));
        assertThat(jdbc.sql("select count(*) from report_message where report_id = ? and kind = 'NOTICE'")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        mvc.perform(multipart("/reports/" + id + "/answer")
                        .file(new MockMultipartFile(
                                "files", "otvet.pdf", "application/pdf", "%PDF-1.4 answer".getBytes()))
                        .param("text", "Проверка проведена, факты подтвердились частично.")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getFlashMap().get("notice")).isEqualTo("reports.answered"));
        assertThat(jdbc.sql("select status from report where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("ANSWERED");
    }

    @Test
    void aReportIsRedirectedToAnotherOrganizationAndStillOpensThere() throws Exception {
        String receipt = submit("Сообщение, которое нужно направить по компетенции в Обнинск.");
        long id = jdbc.sql("select max(id) from report").query(Long.class).single();
        mvc.perform(post("/reports/" + id + "/redirect")
                        .param("organizationId", Long.toString(organizationId(OBNINSK)))
                        .param("reason", "по месту работы служащего")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getFlashMap().get("notice")).isEqualTo("reports.redirected"));
        mvc.perform(get("/reports/" + id).with(as("ugh.officer"))).andExpect(status().isForbidden());
        long officer = jdbc.sql("select id from app_user where username = 'obninsk.officer'")
                .query(Long.class)
                .single();
        mvc.perform(post("/reports/" + id + "/assign")
                        .param("assigneeId", Long.toString(officer))
                        .with(csrf())
                        .with(as("obninsk.officer")))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/reports/" + id).with(as("obninsk.officer")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("направить по компетенции в Обнинск");
        assertThat(reporterPage(receipt)).contains("Обращение направлено по компетенции");
    }

    @Test
    void thePublicPagesNeedNoAccountAndSetNoSession() throws Exception {
        var result = mvc.perform(get("/public/reports/new"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("no-store");
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(UGH)
                .contains("v1.");
        mvc.perform(get("/reports")).andExpect(status().is3xxRedirection());
    }
}
