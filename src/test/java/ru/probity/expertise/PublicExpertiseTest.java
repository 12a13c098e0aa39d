package ru.probity.expertise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static ru.probity.expertise.ExpertiseFixtures.html;

import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.Role;
import ru.probity.platform.RussianFormats;

/**
 * Issue 19, item 3: a draft published for independent and public expertise appears on the public
 * page and in the Atom feed; an accredited expert's conclusion is registered with its answer due in
 * 30 days (172-ФЗ ст.5 ч.4) and a receipt; the form closes after the last day; the officer's reasoned
 * answer shows on the status page and goes out by e-mail; a period shorter than the setting is refused.
 */
class PublicExpertiseTest extends IntegrationTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @org.springframework.beans.factory.annotation.Autowired
    ru.probity.platform.RegionTime regionTime;

    /** Today in the region's configured time zone, as the pages count the publication's days. */
    private LocalDate today() {
        return regionTime.today();
    }

    private ExpertiseFixtures visitor(String address) {
        return new ExpertiseFixtures(mvc, jdbc, address);
    }

    private long publish(long version, LocalDate startsOn, LocalDate endsOn) throws Exception {
        MvcResult result = mvc.perform(post("/expertise/publications")
                        .param("versionId", Long.toString(version))
                        .param("startsOn", startsOn.toString())
                        .param("endsOn", endsOn.toString())
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).matches("/expertise/publications/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void aPublishedDraftIsOnThePublicPageAndInTheAtomFeed() throws Exception {
        ExpertiseFixtures v = visitor("127.19.1.1");
        long version = v.draft(organizationId(UGH), "О порядке сноса зелёных насаждений", "Текст проекта о сносе");
        long id = publish(version, today(), today().plusDays(9));

        String list = html(mvc.perform(get("/public/expertise")).andReturn());
        assertThat(list).contains("О порядке сноса зелёных насаждений", UGH, "Постановление");
        String page = html(mvc.perform(get("/public/expertise/" + id)).andReturn());
        assertThat(page).contains("Заключение независимого эксперта", "Предложение гражданина или организации");
        MvcResult file = mvc.perform(get("/public/expertise/" + id + "/file")).andReturn();
        assertThat(file.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo("Текст проекта о сносе");

        MvcResult feed = mvc.perform(get("/public/expertise/feed.atom")).andReturn();
        assertThat(feed.getResponse().getContentType()).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(feed.getResponse().getContentAsByteArray()));
        Element root = xml.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(child(root, "id")).isNotBlank();
        assertThat(child(root, "title")).contains("независимой антикоррупционной экспертизы");
        assertThat(child(root, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        Element entry = null;
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            if ("О порядке сноса зелёных насаждений".equals(child(e, "title"))) {
                entry = e;
            }
        }
        assertThat(entry).as("the draft's entry").isNotNull();
        assertThat(child(entry, "id")).endsWith("/public/expertise/" + id);
        assertThat(child(entry, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(child(entry, "summary")).contains(UGH, RussianFormats.date(today().plusDays(9)));
        Element link = (Element) entry.getElementsByTagNameNS(ATOM, "link").item(0);
        assertThat(link.getAttribute("href")).endsWith("/public/expertise/" + id);
    }

    private static String child(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                return nodes.item(i).getTextContent();
            }
        }
        return null;
    }

    @Test
    void aPeriodShorterThanTheSettingIsRefusedInRussian() throws Exception {
        ExpertiseFixtures v = visitor("127.19.1.2");
        long version = v.draft(organizationId(UGH), "О короткой экспертизе", "Текст");
        MvcResult result = mvc.perform(post("/expertise/publications")
                        .param("versionId", Long.toString(version))
                        .param("startsOn", today().toString())
                        .param("endsOn", today().plusDays(2).toString())
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andReturn();
        assertThat(String.valueOf(result.getFlashMap().get("problem")))
                .contains("Срок размещения 3 дн. короче установленного", "не менее чем на 7 дн.");
        assertThat(jdbc.sql("select count(*) from expertise_publication where version_id = ?")
                        .param(version)
                        .query(Integer.class)
                        .single())
                .isZero();
        // the form names the setting's days and the act that sets them
        assertThat(html(mvc.perform(get("/expertise/publications/new").with(as("ugh.officer")))
                        .andReturn()))
                .contains("не менее 7 дн.", "ПП РФ №96");
    }

    @Test
    void anExpertsConclusionIsRegisteredAnsweredAndTheAnswerMailedAndShownByTheCode() throws Exception {
        ExpertiseFixtures v = visitor("127.19.1.3");
        long version = v.draft(organizationId(UGH), "О субсидиях на ремонт фасадов", "Текст проекта о фасадах");
        long id = publish(version, today(), today().plusDays(6));

        MvcResult sent = v.conclusion(
                id, "Петров Пётр Петрович", "petrov.expert@example.org", "В пункте 2 — фактор «вправе» (п.3 б).");
        String receipt = html(sent);
        assertThat(sent.getResponse().getStatus()).isEqualTo(200);
        assertThat(receipt).contains("Принято и зарегистрировано", "Регистрационный номер: № ");
        assertThat(receipt).contains("не позднее " + RussianFormats.date(today().plusDays(30)));
        String code = ExpertiseFixtures.find(ExpertiseFixtures.CODE, receipt);
        var row = jdbc.sql("select id, received_on, due_on from expertise_submission where author_name = ?")
                .param("Петров Пётр Петрович")
                .query((rs, n) ->
                        new Object[] {rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)
                        })
                .single();
        long submission = (Long) row[0];
        assertThat((LocalDate) row[2]).isEqualTo(((LocalDate) row[1]).plusDays(30));

        // registered: the status page without an answer, the officer's register with the due date, the task
        assertThat(html(v.status(code))).contains("Зарегистрировано, рассматривается", "О субсидиях на ремонт фасадов");
        assertThat(html(mvc.perform(get("/expertise/publications/" + id).with(as("ugh.officer")))
                        .andReturn()))
                .contains("Петров Пётр Петрович", RussianFormats.date(today().plusDays(30)));
        assertThat(html(mvc.perform(get("/tasks").with(as("ugh.officer"))).andReturn()))
                .contains("О субсидиях на ремонт фасадов");

        int before = MAIL.getReceivedMessages().length;
        MvcResult answered = mvc.perform(post("/expertise/publications/submissions/" + submission + "/answer")
                        .param("answer", "Пункт 2 изложен в новой редакции с исчерпывающими основаниями отказа.")
                        .param("accepted", "true")
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andReturn();
        assertThat(answered.getResponse().getStatus()).isEqualTo(302);
        assertThat(MAIL.waitForIncomingEmail(10_000, before + 1)).isTrue();
        MimeMessage letter = Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals("petrov.expert@example.org");
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst()
                .orElseThrow();
        assertThat(letter.getSubject()).contains("О субсидиях на ремонт фасадов");
        assertThat(String.valueOf(letter.getContent())).contains("исчерпывающими основаниями отказа", "Учтено");

        String status = html(v.status(code));
        assertThat(status).contains("Ответ направлен", "Учтено", "исчерпывающими основаниями отказа");
        // a second answer is refused
        MvcResult again = mvc.perform(post("/expertise/publications/submissions/" + submission + "/answer")
                        .param("answer", "Другой ответ")
                        .param("accepted", "false")
                        .with(as("ugh.officer"))
                        .with(csrf()))
                .andReturn();
        assertThat(String.valueOf(again.getFlashMap().get("problem"))).contains("Ответ уже записан");
    }

    @Test
    void aProposalWithAPostalAddressIsAnsweredAndMarkedSentByPost() throws Exception {
        ExpertiseFixtures v = visitor("127.19.1.4");
        long version = v.draft(organizationId(UGH), "О правилах торговли на ярмарках", "Текст");
        long id = publish(version, today(), today().plusDays(7));
        String receipt = html(v.proposal(id, "Сидорова Анна", null, "г. Калуга, ул. Садовая, д. 5", "Предлагаю срок."));
        String code = ExpertiseFixtures.find(ExpertiseFixtures.CODE, receipt);
        long submission = jdbc.sql("select id from expertise_submission where author_name = 'Сидорова Анна'")
                .query(Long.class)
                .single();
        mvc.perform(post("/expertise/publications/submissions/" + submission + "/answer")
                .param("answer", "Срок установлен в пункте 4.")
                .param("accepted", "false")
                .with(as("ugh.officer"))
                .with(csrf()));
        assertThat(html(v.status(code))).contains("Ответ подготовлен", "Не учтено");
        mvc.perform(post("/expertise/publications/submissions/" + submission + "/posted")
                .with(as("ugh.officer"))
                .with(csrf()));
        assertThat(html(mvc.perform(get("/expertise/publications/submissions/" + submission)
                                .with(as("ugh.officer")))
                        .andReturn()))
                .contains("Направлен почтой");
        // without an address for the answer a proposal is refused in Russian
        MvcResult refused = v.proposal(id, "Без адреса", null, null, "Текст");
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(refused)).contains("Укажите электронную почту или почтовый адрес для ответа");
    }

    @Test
    void afterTheLastDayTheFormIsClosedAndAConclusionRefused() throws Exception {
        ExpertiseFixtures v = visitor("127.19.1.5");
        long version = v.draft(organizationId(UGH), "Об ушедшем сроке", "Текст");
        long id = v.publication(version, today().minusDays(10), today().minusDays(1));
        String page = html(mvc.perform(get("/public/expertise/" + id)).andReturn());
        assertThat(page).contains("завершён", "Форма закрыта").doesNotContain("name=\"challenge\"");
        assertThat(html(mvc.perform(get("/public/expertise")).andReturn())).doesNotContain("Об ушедшем сроке");
        assertThat(mvc.perform(get("/public/expertise/" + id + "/file"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        // a challenge from an open draft's page, spent on the closed one
        long open =
                v.publication(v.draft(organizationId(UGH), "Открытый проект", "Текст"), today(), today().plusDays(7));
        String challenge = v.challenge(open, 0);
        MvcResult refused = mvc.perform(post("/public/expertise/" + id + "/proposal")
                        .param("authorName", "Опоздавший")
                        .param("email", "late@example.org")
                        .param("text", "Поздно")
                        .param("challenge", challenge)
                        .param("solution", ru.probity.reports.engine.ProofOfWork.solve(challenge))
                        .with(csrf())
                        .with(v.from()))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(html(refused)).contains("Приём заключений и предложений по проекту завершён");
        assertThat(jdbc.sql("select count(*) from expertise_submission where publication_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aConclusionFileMustBeDocxOrPdf() throws Exception {
        ExpertiseFixtures v = visitor("127.19.1.6");
        long id = v.publication(v.draft(organizationId(UGH), "О файлах", "Текст"), today(), today().plusDays(7));
        MvcResult refused = v.conclusion(
                id,
                "Эксперт с файлом",
                "file.expert@example.org",
                "",
                new MockMultipartFile(
                        "files", "zakl.txt", "text/plain", "заключение".getBytes(StandardCharsets.UTF_8)));
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(refused)).contains("только в формате DOCX или PDF");
    }

    @Test
    void aConclusionAsAPdfReachesTheOfficerAndThePublicationIsExtendedAndWithdrawn() throws Exception {
        ExpertiseFixtures v = visitor("127.19.1.7");
        long version = v.draft(organizationId(UGH), "О порядке выдачи разрешений на торговлю", "Текст");
        long id = publish(version, today(), today().plusDays(7));
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Title (zakl) >> endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        MvcResult sent = v.conclusion(
                id,
                "АНО «Экспертный центр»",
                "center@example.org",
                "",
                new MockMultipartFile("files", "заключение.pdf", "application/pdf", pdf));
        assertThat(html(sent)).contains("Принято и зарегистрировано");
        long submission = jdbc.sql("select id from expertise_submission where author_name = 'АНО «Экспертный центр»'")
                .query(Long.class)
                .single();
        long file = jdbc.sql("select id from expertise_submission_file where submission_id = ?")
                .param(submission)
                .query(Long.class)
                .single();
        String page = html(mvc.perform(
                        get("/expertise/publications/submissions/" + submission).with(as("kaluga.officer")))
                .andReturn());
        assertThat(page).contains("заключение.pdf", "№ 777-р", "15.03.2024");
        assertThat(mvc.perform(get("/expertise/publications/submissions/" + submission + "/files/" + file)
                                .with(as("kaluga.officer")))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .isEqualTo(pdf);

        // the card of the document's page lists the publication
        long document = v.documentOf(version);
        assertThat(html(mvc.perform(get("/expertise/publications/card")
                                .param("document", Long.toString(document))
                                .with(as("ugh.officer")))
                        .andReturn()))
                .contains(RussianFormats.date(today().plusDays(7)), "Разместить для независимой экспертизы");

        mvc.perform(post("/expertise/publications/" + id + "/extend")
                .param("endsOn", today().plusDays(20).toString())
                .with(as("ugh.officer"))
                .with(csrf()));
        assertThat(html(mvc.perform(get("/public/expertise/" + id)).andReturn()))
                .contains(RussianFormats.date(today().plusDays(20)));
        mvc.perform(post("/expertise/publications/" + id + "/withdraw")
                .with(as("ugh.officer"))
                .with(csrf()));
        assertThat(mvc.perform(get("/public/expertise/" + id))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(html(mvc.perform(get("/expertise/publications/" + id).with(as("ugh.officer")))
                        .andReturn()))
                .contains("Снят с размещения", "АНО «Экспертный центр»");
    }

    @Autowired
    private Submissions submissions;

    @Test
    void theStatisticsCountIndependentConclusionsReceivedAndAccepted() throws Exception {
        ExpertiseFixtures v = visitor("127.19.1.8");
        long id = v.publication(
                v.draft(organizationId(OBNINSK), "О статистике экспертизы", "Текст"), today(), today().plusDays(7));
        v.conclusion(id, "Эксперт Первый", "first@example.org", "Фактор п.3 б.");
        v.conclusion(id, "Эксперт Второй", "second@example.org", "Фактор п.4 в.");
        v.proposal(id, "Гражданин Статистиков", "citizen@example.org", null, "Предложение.");
        long first = jdbc.sql("select id from expertise_submission where author_name = 'Эксперт Первый'")
                .query(Long.class)
                .single();
        mvc.perform(post("/expertise/publications/submissions/" + first + "/answer")
                .param("answer", "Учтено: пункт изменён.")
                .param("accepted", "true")
                .with(as("obninsk.officer"))
                .with(csrf()));
        long officer = jdbc.sql("select id from app_user where username = 'obninsk.officer'")
                .query(Long.class)
                .single();
        var user = new CurrentUser(
                officer, "obninsk.officer", "Кузнецова", Role.ANTICORRUPTION_OFFICER, organizationId(OBNINSK), null);
        SubmissionStore.Figures[] figures = new SubmissionStore.Figures[1];
        user.runAs(() -> figures[0] = submissions.figures(today().minusDays(1), today()));
        assertThat(figures[0]).isEqualTo(new SubmissionStore.Figures(2, 1, 1));
        // the statistics page of the expertise shows them beside the internal expertise's figures
        String page = html(mvc.perform(get("/expertise/statistics")
                        .param("from", today().minusDays(1).toString())
                        .param("to", today().toString())
                        .with(as("obninsk.officer")))
                .andReturn());
        org.jsoup.nodes.Document stats = org.jsoup.Jsoup.parse(page);
        assertThat(stats.getElementById("stats-independent-received").text()).isEqualTo("2");
        assertThat(stats.getElementById("stats-independent-accepted").text()).isEqualTo("1");
        assertThat(stats.getElementById("stats-independent-proposals").text()).isEqualTo("1");
    }

    @Test
    void theDemoDraftIsOpenWithAnIndependentConclusion() throws Exception {
        assertThat(html(mvc.perform(get("/public/expertise")).andReturn()))
                .contains("Об утверждении порядка предоставления субсидий на благоустройство дворовых территорий");
        assertThat(html(mvc.perform(get("/expertise/publications/submissions").with(as("kaluga.officer")))
                        .andReturn()))
                .contains("Лебедев Игорь Николаевич", "Заключение независимого эксперта");
        // registered through the register: under expertise, with the detector's hints for the lawyer
        assertThat(jdbc.sql("""
                        select d.stage || ':' || count(h.id) from expertise_document d
                        join expertise_version v on v.document_id = d.id
                        left join expertise_hint h on h.version_id = v.id
                        where d.title = 'Об утверждении порядка предоставления субсидий на благоустройство дворовых территорий'
                        group by d.stage""").query(String.class).single())
                .startsWith("UNDER_EXPERTISE:")
                .isNotEqualTo("UNDER_EXPERTISE:0");
    }
}
