package ru.probity.civil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static ru.probity.civil.CivilFixtures.html;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.platform.Messages;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;

/**
 * Issue 21, item 4: a citizen registers for a discussion of Kaluga through the public form with his
 * consent and a question; without the consent he is refused in Russian; the officer's list of
 * participants is logged; concurrent registrations never exceed the limit; the past discussion
 * shows its results and minutes.
 */
class DiscussionsTest extends IntegrationTest {

    @Autowired
    Discussions discussions;

    @Autowired
    RegionTime regionTime;

    @Autowired
    Messages messages;

    private CurrentUser user(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    private LocalDateTime now() {
        return regionTime.now();
    }

    @Test
    void aCitizenRegistersWithAQuestionAndTheOfficerReadsTheLoggedList() throws Exception {
        long kaluga = organizationId(KALUGA);
        long id = CivilFixtures.announce(
                discussions,
                user("kaluga.officer"),
                kaluga,
                "Обсуждение порядка приёма граждан",
                now().plusDays(5),
                now().plusDays(4),
                30);
        CivilFixtures citizen = new CivilFixtures(mvc);
        String page = html(
                mvc.perform(get("/public/" + kaluga + "/discussions/" + id)).andReturn());
        assertThat(page)
                .contains(
                        "Идёт регистрация участников",
                        "id=\"discussion-register-name\"",
                        "152-ФЗ",
                        "for=\"discussion-register-consent\"");

        MvcResult refused = citizen.register(kaluga, id, "Иванов Иван Иванович", "ivanov.ii@example.org", false);
        assertThat(refused.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(refused)).contains("Без согласия на обработку персональных данных");

        MvcResult sent = citizen.register(kaluga, id, "Иванов Иван Иванович", "ivanov.ii@example.org", true);
        assertThat(sent.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(sent))
                .contains("Вы зарегистрированы участником обсуждения «Обсуждение порядка приёма граждан»");
        // the same e-mail again is refused
        MvcResult again = citizen.register(kaluga, id, "Иванов И. И.", "IVANOV.II@example.org", true);
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(html(again)).contains("уже зарегистрирован");
        // the public page never shows the participant
        assertThat(html(mvc.perform(get("/public/" + kaluga + "/discussions/" + id))
                        .andReturn()))
                .doesNotContain("ivanov.ii@example.org", "Иванов Иван Иванович")
                .contains("29 из 30");

        String list = html(
                mvc.perform(get("/civil/discussions/" + id + "/participants").with(as("kaluga.officer")))
                        .andReturn());
        assertThat(list).contains("Иванов Иван Иванович", "ivanov.ii@example.org");
        assertThat(jdbc.sql("""
                        select count(*) from access_log where username = 'kaluga.officer' and action = 'READ'
                          and subject_type = 'DISCUSSION_PARTICIPANT'""").query(Integer.class).single()).isPositive();
    }

    @Test
    void concurrentRegistrationsNeverExceedTheLimit() throws Exception {
        long kaluga = organizationId(KALUGA);
        long id = CivilFixtures.announce(
                discussions,
                user("kaluga.officer"),
                kaluga,
                "Обсуждение с малым числом мест",
                now().plusDays(5),
                now().plusDays(4),
                5);
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int n = i;
            results.add(pool.submit(() -> {
                start.await();
                try {
                    discussions.register(
                            kaluga,
                            id,
                            new Discussions.Registration(
                                    "Участник " + n, "participant" + n + "@example.org", null, null, true, null));
                    return "ok";
                } catch (Refusal e) {
                    return messages.text(e);
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        assertThat(outcomes.stream().filter("ok"::equals).count()).isEqualTo(5);
        assertThat(outcomes.stream().filter(o -> !o.equals("ok")))
                .hasSize(threads - 5)
                .allSatisfy(o -> assertThat(o).isEqualTo("Регистрация не принята: все места заняты."));
        assertThat(jdbc.sql("select count(*) from civil_participant where discussion_id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
        assertThat(jdbc.sql("select registered from civil_discussion where id = ?")
                        .param(id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(5);
        // the officer cancels one: a seat frees and one more is taken
        long participant = jdbc.sql("select min(id) from civil_participant where discussion_id = ?")
                .param(id)
                .query(Long.class)
                .single();
        discussions.cancel(user("kaluga.officer"), id, participant);
        discussions.register(
                kaluga, id, new Discussions.Registration("Опоздавший", null, "8 (910) 123-45-67", null, true, null));
        assertThat(jdbc.sql("select phone from civil_participant where name = 'Опоздавший'")
                        .query(String.class)
                        .single())
                .isEqualTo("+79101234567");
        assertThatThrownBy(() -> discussions.register(
                        kaluga,
                        id,
                        new Discussions.Registration("Ещё один", "one.more@example.org", null, null, true, null)))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void thePastDiscussionShowsItsResultsAndMinutes() throws Exception {
        long kaluga = organizationId(KALUGA);
        long id = jdbc.sql(
                        "select id from civil_discussion where results is not null and owner_id = ? order by id limit 1")
                .param(kaluga)
                .query(Long.class)
                .single();
        String page = html(
                mvc.perform(get("/public/" + kaluga + "/discussions/" + id)).andReturn());
        assertThat(page)
                .contains("итоги опубликованы", "приняли участие 37 человек", "протокол-обсуждения.docx")
                .doesNotContain("id=\"discussion-register-form\"");
        MvcResult minutes = mvc.perform(get("/public/" + kaluga + "/discussions/" + id + "/minutes"))
                .andReturn();
        assertThat(minutes.getResponse().getStatus()).isEqualTo(200);
        assertThat(minutes.getResponse().getContentAsByteArray()).startsWith(new byte[] {'P', 'K'});
        String list =
                html(mvc.perform(get("/public/" + kaluga + "/discussions")).andReturn());
        assertThat(list).contains("правоприменительной практики", "проекта плана противодействия коррупции");
        // the officer cannot publish results of a discussion that has not started
        long upcoming = jdbc.sql("select id from civil_discussion where topic like '%проекта плана%' and owner_id = ?")
                .param(kaluga)
                .query(Long.class)
                .single();
        assertThatThrownBy(() -> discussions.publishResults(user("kaluga.officer"), upcoming, "Итоги", null, null))
                .isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(messages.text((Refusal) e)).contains("ещё не началось"));
        // the upcoming one is open with the demo's participants counted
        assertThat(html(mvc.perform(get("/public/" + kaluga + "/discussions/" + upcoming))
                        .andReturn()))
                .contains("из 50", "id=\"discussion-register-submit\"");
        assertThat(new String(minutes.getResponse().getContentAsByteArray(), StandardCharsets.ISO_8859_1))
                .contains("word/document.xml");
    }
}
