package ru.probity.acts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import ru.probity.IntegrationTest;

class ActsTest extends IntegrationTest {

    static byte[] docx(String... paragraphs) throws Exception {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : paragraphs) {
                document.createParagraph().createRun().setText(text);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private long createAct(String officer, String title) throws Exception {
        String location = mvc.perform(post("/acts")
                        .param("kind", "LOCAL_ACT")
                        .param("number", "17-п")
                        .param("adoptedOn", "2026-10-01")
                        .param("title", title)
                        .param("tags", "уведомления, 273-ФЗ")
                        .with(csrf())
                        .with(as(officer)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void upload(String officer, long act, String name, byte[] content, boolean askAgain) throws Exception {
        mvc.perform(multipart("/acts/" + act + "/versions")
                        .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                        .param("askAgain", Boolean.toString(askAgain))
                        .with(csrf())
                        .with(as(officer)))
                .andExpect(status().is3xxRedirection());
    }

    private long myPendingAcknowledgement(long act) {
        return jdbc.sql("""
                select k.id from acknowledgement k join act_distribution d on d.id = k.distribution_id
                join app_user u on u.employee_id = k.employee_id
                where u.username = 'ugh.employee' and d.act_id = ? and k.status = 'PENDING'""").param(act).query(Long.class).single();
    }

    @Test
    void anActIsSentToADepartmentTheEmployeeSignsWithHisPasswordAndANewVersionAsksAgain() throws Exception {
        long act = createAct("ugh.officer", "Положение о порядке уведомления о фактах обращения в целях склонения");
        upload(
                "ugh.officer",
                act,
                "polozhenie.docx",
                docx(
                        "1. Муниципальный служащий обязан уведомлять представителя нанимателя обо всех случаях обращения.",
                        "2. Уведомление подаётся в день обращения."),
                false);
        mvc.perform(post("/acts/" + act + "/quiz")
                        .param("question", "В какой срок подаётся уведомление?", "")
                        .param("options", "В течение месяца\nВ день обращения", "")
                        .param("correct", "2", "")
                        .param("passPercent", "100")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection());

        String distribution = mvc.perform(post("/acts/" + act + "/distributions")
                        .param("organization", Long.toString(organizationId(UGH)))
                        .param("dueOn", LocalDate.now().plusDays(10).toString())
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(distribution).startsWith("/acts/distributions/");
        int recipients = jdbc.sql("select count(*) from acknowledgement where distribution_id = ?")
                .param(Long.parseLong(distribution.substring(distribution.lastIndexOf('/') + 1)))
                .query(Integer.class)
                .single();
        assertThat(recipients)
                .isEqualTo(jdbc.sql("""
                                select count(*) from employee e join organization o on o.id = e.organization_id
                                where e.active and o.path like (select path from organization where name = ?) || '%'""").param(UGH).query(Integer.class).single());

        // the employee reads the text, fails the quiz, gives a wrong password, then signs
        long mine = myPendingAcknowledgement(act);
        assertThat(mvc.perform(get("/acknowledgements").with(as("ugh.employee")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Положение о порядке уведомления");
        assertThat(mvc.perform(get("/acknowledgements/" + mine).with(as("ugh.employee")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Уведомление подаётся в день обращения");
        assertThat(mvc.perform(post("/acknowledgements/" + mine)
                                .param("answer0", "0")
                                .param("password", DEMO_PASSWORD)
                                .with(csrf())
                                .with(as("ugh.employee")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Ответы на вопросы неверны");
        assertThat(mvc.perform(post("/acknowledgements/" + mine)
                                .param("answer0", "1")
                                .param("password", "not-my-password-1")
                                .with(csrf())
                                .with(as("ugh.employee")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Неверный пароль");
        mvc.perform(post("/acknowledgements/" + mine)
                        .param("answer0", "1")
                        .param("password", DEMO_PASSWORD)
                        .with(csrf())
                        .with(as("ugh.employee")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("""
                        select k.status || ':' || k.method || ':' || k.quiz_score || ':' || (k.content_sha256 = v.sha256)
                        from acknowledgement k join act_distribution d on d.id = k.distribution_id
                        join act_version v on v.id = d.version_id where k.id = ?""").param(mine).query(String.class).single()).isEqualTo("ACKNOWLEDGED:ONLINE:100:true");

        // the officer's sheet names the employee with the way he signed
        byte[] sheet = mvc.perform(get(distribution + "/sheet.docx").with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String employee = jdbc.sql("""
                        select e.last_name || ' ' || e.first_name from employee e join app_user u on u.employee_id = e.id
                        where u.username = 'ugh.employee'""").query(String.class).single();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(sheet));
                XWPFWordExtractor text = new XWPFWordExtractor(document)) {
            assertThat(text.getText())
                    .contains("ЛИСТ ОЗНАКОМЛЕНИЯ")
                    .contains("Положение о порядке уведомления")
                    .contains(employee)
                    .contains("подписано простой электронной подписью: "
                            + jdbc.sql("select full_name from app_user where username = 'ugh.employee'")
                                    .query(String.class)
                                    .single()
                            + ", ")
                    .doesNotContain("ugh.employee")
                    .contains("Ознакомлено 1 из " + recipients);
        }

        byte[] pdf = mvc.perform(get(distribution + "/sheet.pdf").with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("ЛИСТ ОЗНАКОМЛЕНИЯ")
                    .contains(employee)
                    .contains("подписано простой электронной")
                    .contains("Ознакомлено 1 из " + recipients);
        }

        // the statistics by organization and the register of acknowledgements
        assertThat(mvc.perform(get("/acts/statistics").with(as("ugh.officer")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains(UGH);
        byte[] xlsx = mvc.perform(get("/acts/statistics.xlsx").with(as("ugh.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var register = workbook.getSheet("Реестр ознакомлений");
            boolean found = false;
            for (var row : register) {
                if (row.getCell(3) != null
                        && row.getCell(3).getStringCellValue().startsWith(employee)
                        && row.getCell(0).getStringCellValue().startsWith("Положение о порядке уведомления")) {
                    assertThat(row.getCell(7).getStringCellValue()).isEqualTo("электронно");
                    found = true;
                }
            }
            assertThat(found).isTrue();
            assertThat(workbook.getSheet("По организациям").getPhysicalNumberOfRows())
                    .isGreaterThan(1);
        }

        // a second version asks everyone again
        upload(
                "ugh.officer",
                act,
                "polozhenie-2.txt",
                "Новая редакция: уведомление подаётся незамедлительно.".getBytes(StandardCharsets.UTF_8),
                true);
        assertThat(jdbc.sql("select count(*) from act_distribution where act_id = ?")
                        .param(act)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
        long again = myPendingAcknowledgement(act);
        assertThat(again).isNotEqualTo(mine);
        assertThat(mvc.perform(get("/acknowledgements/" + again).with(as("ugh.employee")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("незамедлительно");
    }

    @Autowired
    Distributions distributions;

    @Test
    void aNewlyAppointedEmployeeGetsTheMandatoryPackageOnce() throws Exception {
        long act = createAct("ugh.officer", "Памятка о запретах и ограничениях на муниципальной службе");
        upload("ugh.officer", act, "pamyatka.txt", "Запреты и ограничения.".getBytes(StandardCharsets.UTF_8), false);
        mvc.perform(post("/acts/" + act + "/mandatory")
                        .param("mandatory", "true")
                        .param("termDays", "10")
                        .with(csrf())
                        .with(as("ugh.officer")))
                .andExpect(status().is3xxRedirection());
        distributions.askNewcomers();
        long newcomer =
                jdbc.sql("""
                insert into employee (organization_id, last_name, first_name, middle_name, post, appointed_on, created_by, updated_by)
                values (?, 'Новикова', 'Анна', 'Сергеевна', 'Специалист', current_date, 'test', 'test') returning id""").param(organizationId(UGH)).query(Long.class).single();

        distributions.askNewcomers();
        distributions.askNewcomers();

        assertThat(jdbc.sql("""
                        select d.due_on - current_date from acknowledgement k join act_distribution d on d.id = k.distribution_id
                        where d.act_id = ? and k.employee_id = ?""").params(act, newcomer).query(Integer.class).list())
                .containsExactly(10);
        // those appointed before the act became mandatory are not asked
        assertThat(jdbc.sql("""
                        select count(*) from acknowledgement k join act_distribution d on d.id = k.distribution_id
                        join employee e on e.id = k.employee_id where d.act_id = ? and e.appointed_on < current_date""").param(act).query(Integer.class).single()).isZero();
    }

    @Autowired
    AcknowledgementReminders reminders;

    @Test
    void employeesWhoHaveNotAcknowledgedGetAnEMailBeforeAndAfterTheDueDate() throws Exception {
        long act = createAct("ugh.officer", "Порядок предотвращения конфликта интересов");
        upload(
                "ugh.officer",
                act,
                "konflikt.txt",
                "Служащий принимает меры по предотвращению конфликта интересов.".getBytes(StandardCharsets.UTF_8),
                false);
        long employee =
                jdbc.sql("""
                insert into employee (organization_id, last_name, first_name, post, email, appointed_on, created_by, updated_by)
                values (?, 'Орлов', 'Пётр', 'Консультант', 'orlov@ugh.example', current_date - 400, 'test', 'test') returning id""").param(organizationId(UGH)).query(Long.class).single();
        var audience = new Distributions.Audience(organizationId(UGH), List.of(), null, List.of(employee));
        long distribution = distributions.distribute(
                (ru.probity.access.CurrentUser)
                        ((ru.probity.access.CurrentUserHolder) users.loadUserByUsername("ugh.officer")).currentUser(),
                act,
                audience,
                LocalDate.now().plusDays(2));

        reminders.send();
        reminders.send();
        assertThat(messagesTo("orlov@ugh.example"))
                .singleElement()
                .satisfies(m -> assertThat(m.getSubject())
                        .isEqualTo("Ознакомьтесь с документом «Порядок предотвращения конфликта интересов»"));

        jdbc.sql("update act_distribution set due_on = current_date - 1 where id = ?")
                .param(distribution)
                .update();
        assertThat(mvc.perform(get("/acts/statistics").with(as("ugh.officer")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Орлов Пётр");
        reminders.send();
        assertThat(messagesTo("orlov@ugh.example")).hasSize(2);
        var overdue = messagesTo("orlov@ugh.example").get(1);
        assertThat(overdue.getSubject()).startsWith("Просрочено ознакомление");
        assertThat((String) overdue.getContent()).contains("/acknowledgements/").contains("Срок ознакомления");
    }

    private List<jakarta.mail.internet.MimeMessage> messagesTo(String address) throws Exception {
        List<jakarta.mail.internet.MimeMessage> found = new java.util.ArrayList<>();
        for (var message : MAIL.getReceivedMessages()) {
            if (java.util.Arrays.stream(message.getAllRecipients())
                    .anyMatch(a -> a.toString().equals(address))) {
                found.add(message);
            }
        }
        return found;
    }

    @Test
    void theTextIsSearchedInAnyGrammaticalFormAndOnlyWithinTheSubtreeAndItsAncestors() throws Exception {
        long act = createAct("kaluga.officer", "Порядок сообщения о получении подарка");
        upload(
                "kaluga.officer",
                act,
                "podarki.txt",
                "Служащие сообщают о получении подарков в связи с протокольными мероприятиями."
                        .getBytes(StandardCharsets.UTF_8),
                false);

        assertThat(mvc.perform(get("/acts")
                                .param("q", "получение подарков на протокольном мероприятии")
                                .with(as("ugh.employee")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("Порядок сообщения о получении подарка");
        byte[] register = mvc.perform(
                        get("/acts/register.xlsx").param("q", "подарков").with(as("kaluga.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(register))) {
            var row = workbook.getSheet("Реестр документов").getRow(1);
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Порядок сообщения о получении подарка");
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Локальный акт организации");
        }
        // Obninsk is neither below nor above Kaluga
        assertThat(mvc.perform(get("/acts").param("q", "подарок").with(as("obninsk.officer")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("Порядок сообщения о получении подарка");
        mvc.perform(get("/acts/" + act).with(as("obninsk.officer"))).andExpect(status().isNotFound());
        // the employee reads the register but does not keep it
        mvc.perform(post("/acts/" + act + "/distributions")
                        .param("organization", Long.toString(organizationId(UGH)))
                        .param("dueOn", LocalDate.now().plusDays(5).toString())
                        .with(csrf())
                        .with(as("ugh.employee")))
                .andExpect(status().isForbidden());
        // named people: found by full name in any case, an unknown name is refused with the name
        String name = jdbc.sql("""
                        select e.last_name || ' ' || e.first_name || coalesce(' ' || e.middle_name, '') from employee e
                        join app_user u on u.employee_id = e.id where u.username = 'ugh.employee'""").query(String.class).single();
        mvc.perform(post("/acts/" + act + "/distributions")
                        .param("organization", Long.toString(organizationId(KALUGA)))
                        .param("dueOn", LocalDate.now().plusDays(5).toString())
                        .param("people", name.toUpperCase() + ", Несуществующий Сотрудник")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problem", org.hamcrest.Matchers.containsString("Несуществующий Сотрудник")));
        mvc.perform(post("/acts/" + act + "/distributions")
                        .param("organization", Long.toString(organizationId(KALUGA)))
                        .param("dueOn", LocalDate.now().plusDays(5).toString())
                        .param("people", name.toUpperCase())
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("""
                        select count(*) from acknowledgement k join act_distribution d on d.id = k.distribution_id
                        where d.act_id = ?""").param(act).query(Integer.class).single()).isEqualTo(1);

        // a scanned PDF or an old DOC is refused with the reason
        mvc.perform(multipart("/acts/" + act + "/versions")
                        .file(new MockMultipartFile("file", "old.doc", "application/msword", new byte[] {1, 2, 3}))
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problem", org.hamcrest.Matchers.containsString("сохраните в Word как DOCX")));
    }

    @Test
    void aPaperSignatureIsDatedBetweenTheSendingAndTodayAndOnlyTheKeepersSeeTheActsEditing() throws Exception {
        long act = createAct("kaluga.officer", "Порядок ознакомления под роспись");
        upload(
                "kaluga.officer",
                act,
                "poryadok.txt",
                "Служащие знакомятся с актом под роспись.".getBytes(StandardCharsets.UTF_8),
                false);
        String distribution = mvc.perform(post("/acts/" + act + "/distributions")
                        .param("organization", Long.toString(organizationId(UGH)))
                        .param("dueOn", LocalDate.now().plusDays(10).toString())
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long distributionId = Long.parseLong(distribution.substring(distribution.lastIndexOf('/') + 1));
        long acknowledgement = jdbc.sql("select min(id) from acknowledgement where distribution_id = ?")
                .param(distributionId)
                .query(Long.class)
                .single();
        // signed before the act was sent to him, or tomorrow: refused with the reason
        for (LocalDate wrong :
                List.of(LocalDate.now().minusDays(3), LocalDate.now().plusDays(1))) {
            mvc.perform(post("/acts/acknowledgements/" + acknowledgement + "/paper")
                            .param("distribution", Long.toString(distributionId))
                            .param("signedOn", wrong.toString())
                            .header("Referer", "http://localhost" + distribution)
                            .with(csrf())
                            .with(as("kaluga.officer")))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                            .attribute("problem", org.hamcrest.Matchers.startsWith("Укажите дату подписи на бумаге")));
        }
        assertThat(jdbc.sql("select status from acknowledgement where id = ?")
                        .param(acknowledgement)
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING");
        mvc.perform(post("/acts/acknowledgements/" + acknowledgement + "/paper")
                        .param("distribution", Long.toString(distributionId))
                        .param("signedOn", LocalDate.now().toString())
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from acknowledgement where id = ?")
                        .param(acknowledgement)
                        .query(String.class)
                        .single())
                .isEqualTo("ACKNOWLEDGED");

        // the act is Kaluga's: its officer edits it; UGH's officer below reads it without the buttons
        // that would answer 403
        assertThat(page("/acts/" + act, "kaluga.officer"))
                .contains("/acts/" + act + "/edit")
                .contains("id=\"version-form\"");
        String below = page("/acts/" + act, "ugh.officer");
        assertThat(below).doesNotContain("/acts/" + act + "/edit").doesNotContain("id=\"version-form\"");
        mvc.perform(get("/acts/" + act + "/edit").with(as("ugh.officer"))).andExpect(status().isForbidden());
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
