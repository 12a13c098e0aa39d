package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.civil.CivilFixtures;
import ru.probity.civil.Discussions;
import ru.probity.platform.Refusal;
import ru.probity.platform.RegionTime;

/**
 * Hole 60 (issue 21, item 4): the public forms of a discussion (the registration, the question in
 * advance), open to anyone, bounded their fields only in the page's HTML, so a form posted by hand
 * stored a name, an organization or a question of megabytes, shown to the officers. Longer than the
 * fields say, they are refused in Russian and nothing is stored.
 */
@Tag("security")
class Hole60DiscussionFormLengthTest extends SecurityTest {

    @Autowired
    Discussions discussions;

    @Autowired
    RegionTime regionTime;

    private CurrentUser officer() {
        return ((CurrentUserHolder) users.loadUserByUsername("kaluga.officer")).currentUser();
    }

    private int count(String table, long id) {
        return jdbc.sql("select count(*) from " + table + " where discussion_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    @Test
    void overlongFieldsOfThePublicFormsAreRefused() throws Exception {
        long kaluga = organizationId(KALUGA);
        LocalDateTime now = regionTime.now();
        long id = CivilFixtures.announce(
                discussions, officer(), kaluga, "Обсуждение с длинными полями", now.plusDays(3), now.plusDays(2), 10);

        MvcResult longName = new CivilFixtures(mvc).register(kaluga, id, "Ф".repeat(100_000), "long@example.org", true);
        assertThat(longName.getResponse().getStatus()).isEqualTo(422);
        assertThat(CivilFixtures.html(longName)).contains("Слишком длинный текст");
        assertThat(count("civil_participant", id)).isZero();

        assertThatThrownBy(() -> discussions.ask(kaluga, id, "Иванов Иван", "?".repeat(5001)))
                .isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).fields()).containsKey("text"));
        assertThat(count("civil_question", id)).isZero();

        // within the limits: taken
        assertThat(new CivilFixtures(mvc)
                        .register(kaluga, id, "Иванов Иван Иванович", "ivanov@example.org", true)
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        discussions.ask(kaluga, id, "Иванов Иван", "?".repeat(5000));
        assertThat(count("civil_question", id)).isEqualTo(1);
    }
}
