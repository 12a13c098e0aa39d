package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.civil.CivilFixtures;
import ru.probity.civil.Discussions;
import ru.probity.platform.RegionTime;

/**
 * Hole 47 (issue 21, item 4): the public registration for a discussion is the only way in without
 * an account. A registration beyond the participant limit, after the registration deadline, or
 * once the discussion has started is refused in Russian and stores nothing — however the form is
 * posted (the page offers no form then, the POST is made by hand).
 */
@Tag("security")
class Hole47DiscussionLimitTest extends SecurityTest {

    @Autowired
    Discussions discussions;

    @Autowired
    RegionTime regionTime;

    private CurrentUser officer() {
        return ((CurrentUserHolder) users.loadUserByUsername("kaluga.officer")).currentUser();
    }

    private int participants(long id) {
        return jdbc.sql("select count(*) from civil_participant where discussion_id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    @Test
    void aRegistrationBeyondTheLimitIsRefused() throws Exception {
        long kaluga = organizationId(KALUGA);
        LocalDateTime now = regionTime.now();
        long id = CivilFixtures.announce(
                discussions, officer(), kaluga, "Обсуждение на два места", now.plusDays(3), now.plusDays(2), 2);
        CivilFixtures citizen = new CivilFixtures(mvc);
        assertThat(citizen.register(kaluga, id, "Первый Участник", "first@example.org", true)
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(citizen.register(kaluga, id, "Второй Участник", "second@example.org", true)
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        MvcResult third = citizen.register(kaluga, id, "Третий Участник", "third@example.org", true);
        assertThat(third.getResponse().getStatus()).isEqualTo(409);
        assertThat(CivilFixtures.html(third)).contains("Регистрация не принята: все места заняты.");
        assertThat(participants(id)).isEqualTo(2);
    }

    @Test
    void aRegistrationAfterTheDeadlineIsRefused() throws Exception {
        long kaluga = organizationId(KALUGA);
        LocalDateTime now = regionTime.now();
        long id = CivilFixtures.announce(
                discussions,
                officer(),
                kaluga,
                "Обсуждение с истёкшей регистрацией",
                now.plusDays(3),
                now.minusHours(1),
                100);
        MvcResult late = new CivilFixtures(mvc).register(kaluga, id, "Поздний Участник", "late@example.org", true);
        assertThat(late.getResponse().getStatus()).isEqualTo(409);
        assertThat(CivilFixtures.html(late)).contains("Регистрация не принята: она завершена.");
        assertThat(participants(id)).isZero();

        long started = CivilFixtures.announce(
                discussions,
                officer(),
                kaluga,
                "Уже начавшееся обсуждение",
                now.minusMinutes(10),
                now.minusDays(1),
                null);
        // its page offers no form: the challenge of the closed one's page (its questions' form) is used
        MvcResult afterStart = new CivilFixtures(mvc)
                .register(kaluga, id, kaluga, started, "Поздний Участник", "late2@example.org", true);
        assertThat(afterStart.getResponse().getStatus()).isEqualTo(409);
        assertThat(participants(started)).isZero();
    }
}
