package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.consultations.Channel;
import ru.probity.consultations.ConsultationForm;
import ru.probity.consultations.Consultations;

/**
 * Hole 25 (issue 20, item 5): the consultations log holds the askers' personal data. Only the
 * regional administrator and the officers log consultations, of their own subtree; the auditor reads
 * but changes nothing; a head, a lawyer, an employee or the custodian has no log; an officer of
 * another subtree neither opens nor changes a consultation, nor publishes it; the asker must be of
 * the officer's subtree; the classifier is the region's; the FAQ is read by the officers, heads and
 * auditors of the publishing subtree and above it, never by an employee; every change needs the
 * CSRF token.
 */
@Tag("security")
class Hole25ConsultationsTest extends SecurityTest {

    @Autowired
    Consultations consultations;

    private long regional;
    private long kalugaOwn;

    private CurrentUser user(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    private long log(String user, String asker, String question) {
        long topic = consultations.topics(true).getFirst().id();
        long id = consultations.create(
                user(user),
                new ConsultationForm(
                        organizationId(asker),
                        "Закрытова Вера Ивановна",
                        "специалист",
                        "+7 900 111-22-33",
                        Channel.PHONE,
                        topic,
                        question,
                        "Ответ на вопрос о безопасности.",
                        LocalDateTime.now().minusHours(1).withNano(0),
                        10));
        consultations.publish(user(user), id, question, "Ответ на вопрос о безопасности.");
        return id;
    }

    @BeforeEach
    void aConsultationOfTheRegionAndOneOfKaluga() {
        regional = log("region.admin", OBNINSK, "Региональный вопрос о безопасности журнала?");
        kalugaOwn = log("kaluga.officer", UGH, "Калужский вопрос о безопасности журнала?");
    }

    private String asker(long id) {
        return jdbc.sql("select asker_name from consultation where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    @Test
    void onlyTheOfficersAndTheAuditorHaveTheLogAndTheAuditorChangesNothing() throws Exception {
        for (String outsider :
                new String[] {"ugh.employee", "region.custodian", "ugh.lawyer", "ugh.head", "kaluga.commission"}) {
            mvc.perform(get("/consultations").with(as(outsider))).andExpect(status().isForbidden());
            mvc.perform(get("/consultations/" + kalugaOwn).with(as(outsider))).andExpect(status().isForbidden());
            mvc.perform(get("/consultations/statistics").with(as(outsider))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/consultations/" + regional).with(as("region.auditor")))
                .andExpect(status().isOk());
        mvc.perform(post("/consultations/" + regional)
                        .param("askerOrganizationId", Long.toString(organizationId(OBNINSK)))
                        .param("askerName", "Подменённый")
                        .param("channel", "PHONE")
                        .param("topicId", "1")
                        .param("question", "Подмена")
                        .param("askedAt", "2026-01-01T10:00")
                        .with(csrf())
                        .with(as("region.auditor")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/consultations/" + regional + "/faq/remove")
                        .with(csrf())
                        .with(as("region.auditor")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/consultations/new").with(as("region.auditor"))).andExpect(status().isForbidden());
        assertThat(asker(regional)).isEqualTo("Закрытова Вера Ивановна");
    }

    @Test
    void anOfficerOfAnotherSubtreeNeitherOpensNorChangesNorPublishes() throws Exception {
        mvc.perform(get("/consultations/" + regional).with(as("kaluga.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/consultations/" + kalugaOwn).with(as("obninsk.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/consultations/" + kalugaOwn)
                        .param("askerOrganizationId", Long.toString(organizationId(UGH)))
                        .param("askerName", "Подменённый")
                        .param("channel", "PHONE")
                        .param("topicId", "1")
                        .param("question", "Подмена")
                        .param("askedAt", "2026-01-01T10:00")
                        .with(csrf())
                        .with(as("obninsk.officer")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/consultations/" + kalugaOwn + "/faq/remove")
                        .with(csrf())
                        .with(as("obninsk.officer")))
                .andExpect(status().isNotFound());
        assertThat(asker(kalugaOwn)).isEqualTo("Закрытова Вера Ивановна");
        // nor logs a consultation of an asker outside his subtree
        mvc.perform(post("/consultations")
                        .param("askerOrganizationId", Long.toString(organizationId(UGH)))
                        .param("askerName", "Чужой Обратившийся")
                        .param("channel", "PHONE")
                        .param(
                                "topicId",
                                Long.toString(
                                        consultations.topics(true).getFirst().id()))
                        .param("question", "Чужой вопрос")
                        .param(
                                "askedAt",
                                LocalDateTime.now()
                                        .minusHours(1)
                                        .withSecond(0)
                                        .withNano(0)
                                        .toString())
                        .with(csrf())
                        .with(as("obninsk.officer")))
                // refused: the form comes back with the reason (nothing stored)
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from consultation where asker_name = 'Чужой Обратившийся'")
                        .query(Integer.class)
                        .single())
                .isZero();
        // the reads of the asker are logged
        mvc.perform(get("/consultations/" + kalugaOwn).with(as("kaluga.officer")))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("""
                        select count(*) from access_log where username = 'kaluga.officer' and action = 'READ'
                          and subject_type = 'CONSULTATION' and subject_id = ?""").param(kalugaOwn).query(Integer.class).single()).isPositive();
    }

    @Test
    void theClassifierIsTheRegionsAndTheFaqIsNotForEmployeesNorOtherSubtrees() throws Exception {
        mvc.perform(get("/consultations/topics").with(as("kaluga.officer"))).andExpect(status().isForbidden());
        mvc.perform(post("/consultations/topics")
                        .param("name", "Чужая тематика")
                        .with(csrf())
                        .with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from consultation_topic where name = 'Чужая тематика'")
                        .query(Integer.class)
                        .single())
                .isZero();
        mvc.perform(get("/consultations/faq").with(as("ugh.employee"))).andExpect(status().isForbidden());
        mvc.perform(get("/consultations/faq").with(as("region.custodian"))).andExpect(status().isForbidden());
        String obninsk = mvc.perform(get("/consultations/faq").with(as("obninsk.officer")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(obninsk)
                .contains("Региональный вопрос о безопасности журнала?")
                .doesNotContain("Калужский вопрос о безопасности журнала?");
        String head = mvc.perform(get("/consultations/faq").with(as("ugh.head")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(head)
                .contains("Региональный вопрос о безопасности журнала?")
                .contains("Калужский вопрос о безопасности журнала?")
                .doesNotContain("Закрытова");
    }

    @Test
    void withoutTheTokenNothingChanges() throws Exception {
        mvc.perform(post("/consultations/" + kalugaOwn + "/faq/remove").with(as("kaluga.officer")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select faq_published_at is not null from consultation where id = ?")
                        .param(kalugaOwn)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }
}
