package ru.probity.consultations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;

/**
 * The consultations log as its users see it: Russian full-text search finds any form of a word and
 * ranks the question above the answer, the filters narrow the log, the FAQ shows only what was
 * published and searches it, the statistics count per topic and channel, the asker's reads are
 * logged.
 */
class ConsultationsTest extends IntegrationTest {

    @Autowired
    Consultations consultations;

    private CurrentUser user(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long topic(String name) {
        return consultations.topics(true).stream()
                .filter(t -> t.name().startsWith(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private long log(String user, long asker, Channel channel, long topic, String question, String answer) {
        return consultations.create(
                user(user),
                new ConsultationForm(
                        asker,
                        "Тестова Анна Сергеевна",
                        "консультант",
                        "+7 900 000-00-00",
                        channel,
                        topic,
                        question,
                        answer,
                        LocalDateTime.now().minusHours(2).withNano(0),
                        15));
    }

    @Test
    void aSearchForOneFormOfAWordFindsTheOthersAndRanksTheQuestionFirst() throws Exception {
        long kaluga = organizationId(KALUGA);
        long declarations = topic("Представление сведений");
        long inQuestion = log(
                "region.admin",
                kaluga,
                Channel.PHONE,
                declarations,
                "Как исправить декларация, поданную с ошибкой в номере счёта хризантемы?",
                "Подать уточнённые сведения.");
        long inAnswer = log(
                "region.admin",
                kaluga,
                Channel.EMAIL,
                declarations,
                "Что делать со справкой хризантемы, где не указан вклад?",
                "Представить уточнённую декларацию в течение месяца.");
        List<Consultations.Item> found = consultations.search(
                user("region.admin"),
                new Consultations.Filter("декларации хризантемы", null, null, null, null, null),
                50);
        assertThat(found).extracting(Consultations.Item::id).containsExactly(inQuestion, inAnswer);
        assertThat(found.getFirst().snippet()).contains("«декларация»");

        String html = page("/consultations?q=" + "декларации хризантемы", "region.admin");
        assertThat(html).contains("«декларация»").contains("Тестова Анна Сергеевна");
        // the asker read on the list is in the access log
        assertThat(jdbc.sql("""
                        select count(*) from access_log where username = 'region.admin' and action = 'READ'
                          and subject_type = 'CONSULTATION' and subject_id = ?""").param(inQuestion).query(Integer.class).single())
                .isPositive();
    }

    @Test
    void aRefusedConsultationComesBackWithWhatWasTyped() throws Exception {
        String html = mvc.perform(post("/consultations")
                        .param("askerOrganizationId", Long.toString(organizationId(KALUGA)))
                        .param("askerName", "Набранова Ирина")
                        .param("channel", "PHONE")
                        .param("answer", "Длинный набранный ответ, который не должен пропасть.")
                        .param("askedAt", "2026-01-15T10:30")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("Набранова Ирина", "Длинный набранный ответ, который не должен пропасть.", "2026-01-15T10:30")
                .contains("alert-danger");
        // the edit form still shows the consultation's own values
        var logged = jdbc.sql("select id, asker_name from consultation order by id limit 1")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .single();
        assertThat(mvc.perform(get("/consultations/" + logged[0] + "?edit=true").with(as("region.admin")))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .contains("consultation-form", (String) logged[1]);
    }

    @Test
    void oddWordsInTheSearchAreNoError() throws Exception {
        // empty, stop words only, an open quote, operators, punctuation: the search answers, never fails
        for (String q :
                new String[] {"", "   ", "и в на", "\"подарок", "-", "or", "подарок or -", "!&|():*'<>", "\"\"", "ё"}) {
            for (String path : new String[] {"/consultations", "/consultations/faq", "/materials"}) {
                mvc.perform(get(path).param("q", q).with(as("region.admin"))).andExpect(status().isOk());
            }
        }
    }

    @Test
    void theFiltersNarrowTheLogByTopicChannelOrganizationAndPeriod() {
        long obninsk = organizationId(OBNINSK);
        long gifts = topic("Подарки");
        long id = log("region.admin", obninsk, Channel.MESSENGER, gifts, "Вопрос о подарке гладиолусами", "Ответ дан.");
        CurrentUser region = user("region.admin");
        assertThat(consultations.search(
                        region,
                        new Consultations.Filter(
                                "гладиолусами",
                                gifts,
                                Channel.MESSENGER,
                                obninsk,
                                LocalDate.now().minusDays(1),
                                LocalDate.now()),
                        10))
                .extracting(Consultations.Item::id)
                .containsExactly(id);
        assertThat(consultations.search(
                        region, new Consultations.Filter("гладиолусами", null, Channel.PHONE, null, null, null), 10))
                .isEmpty();
        assertThat(consultations.search(
                        region, new Consultations.Filter("гладиолусами", topic("Закупки"), null, null, null, null), 10))
                .isEmpty();
        assertThat(consultations.search(
                        region,
                        new Consultations.Filter("гладиолусами", null, null, organizationId(KALUGA), null, null),
                        10))
                .isEmpty();
        assertThat(consultations.search(
                        region,
                        new Consultations.Filter(
                                "гладиолусами",
                                null,
                                null,
                                null,
                                LocalDate.now().minusDays(30),
                                LocalDate.now().minusDays(2)),
                        10))
                .isEmpty();
        // Kaluga's officer does not see the region's log
        assertThat(consultations.search(
                        user("kaluga.officer"),
                        new Consultations.Filter("гладиолусами", null, null, null, null, null),
                        10))
                .isEmpty();
    }

    @Test
    void anAnsweredConsultationIsPublishedInTheFaqWithoutPersonalDataAndFoundThere() throws Exception {
        long kaluga = organizationId(KALUGA);
        long other = topic("Иная оплачиваемая");
        long unanswered =
                log("region.admin", kaluga, Channel.PHONE, other, "Можно ли работать экскурсоводом по выходным?", null);
        mvc.perform(post("/consultations/" + unanswered + "/faq")
                        .param("faqQuestion", "Можно ли работать экскурсоводом?")
                        .param("faqAnswer", "Да.")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select faq_published_at is null from consultation where id = ?")
                        .param(unanswered)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        long id = log(
                "region.admin",
                kaluga,
                Channel.PHONE,
                other,
                "Тестова спрашивает: можно ли работать экскурсоводом по выходным?",
                "Можно, с предварительным уведомлением представителя нанимателя.");
        // the asker's surname left in the text is refused
        mvc.perform(post("/consultations/" + id + "/faq")
                        .param("faqQuestion", "Тестова спрашивает: можно ли работать экскурсоводом?")
                        .param("faqAnswer", "Можно, с уведомлением.")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/consultations/faq?q=экскурсовод", "ugh.head")).doesNotContain("экскурсоводом");
        mvc.perform(post("/consultations/" + id + "/faq")
                        .param("faqQuestion", "Можно ли муниципальному служащему работать экскурсоводом по выходным?")
                        .param("faqAnswer", "Можно, с предварительным уведомлением представителя нанимателя.")
                        .with(csrf())
                        .with(as("region.admin")))
                .andExpect(status().is3xxRedirection());
        // read by a head of a municipal body, found by another form of the word, without the asker
        String faq = page("/consultations/faq?q=" + "экскурсоводы", "ugh.head");
        assertThat(faq)
                .contains("Можно ли муниципальному служащему работать экскурсоводом по выходным?")
                .doesNotContain("Тестова");
        mvc.perform(post("/consultations/" + id + "/faq/remove").with(csrf()).with(as("region.admin")))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/consultations/faq?q=экскурсовод", "ugh.head")).doesNotContain("по выходным?");
    }

    @Test
    void theStatisticsCountPerTopicAndChannelAndExportToXlsx() throws Exception {
        long training = topic("Обучение");
        long before = consultations
                .statistics(
                        user("region.admin"), new Consultations.Filter(null, training, Channel.VIDEO, null, null, null))
                .total();
        log("region.admin", organizationId(KALUGA), Channel.VIDEO, training, "Вопрос об обучении служащих", "Ответ.");
        Consultations.Statistics s = consultations.statistics(
                user("region.admin"), new Consultations.Filter(null, training, Channel.VIDEO, null, null, null));
        assertThat(s.total()).isEqualTo(before + 1);
        assertThat(s.byChannel()).extracting(Consultations.StatRow::key).containsExactly("VIDEO");
        assertThat(page("/consultations/statistics", "region.auditor"))
                .contains("По тематикам")
                .contains("Видеосвязь");
        byte[] xlsx = mvc.perform(get("/consultations/statistics.xlsx").with(as("region.admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Тематика");
        }
    }

    @Test
    void theDemoHasConsultationsOnSeveralTopicsAndChannelsSomeInTheFaq() throws Exception {
        assertThat(jdbc.sql("select count(*) from consultation where created_by in ('region.admin', 'kaluga.officer')")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(30);
        assertThat(jdbc.sql("select count(distinct channel) from consultation")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(5);
        assertThat(page("/consultations/faq", "kaluga.officer"))
                .contains("Может ли муниципальный служащий преподавать");
        assertThat(page("/consultations", "region.admin")).contains("Нужно ли указывать в справке о доходах счёт");
    }
}
