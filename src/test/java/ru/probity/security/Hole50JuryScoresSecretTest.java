package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static ru.probity.contest.ContestFixtures.html;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.contest.ContestFixtures;
import ru.probity.contest.Contests;
import ru.probity.platform.RegionTime;

/**
 * Hole 50 (issue 21, item 5): every juror scores on his own. Before the judging is closed a juror
 * sees only his own scores — not another juror's on the scoring page, not the results on the
 * organizer's page — and a user outside the jury opens no work; after the closing the totals of every
 * juror are shown.
 */
class Hole50JuryScoresSecretTest extends SecurityTest {

    @Autowired
    Contests contests;

    @Autowired
    RegionTime regionTime;

    private CurrentUser user(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    @Test
    void aJurorSeesNoOtherScoreBeforeTheClosing() throws Exception {
        ContestFixtures f = new ContestFixtures(mvc, jdbc, contests);
        var c = f.announced(
                user("region.admin"),
                organizationId(KALUGA),
                "Конкурс «Тайна оценок»",
                regionTime.today(),
                "kaluga.officer",
                "region.admin");
        long a = f.applicationId(c, f.apply(c, "127.50.0.1", Map.of(), ContestFixtures.poster()));
        contests.admit(user("region.admin"), c.id(), a);
        long k1 = c.posterCriteria().get(0);
        long k2 = c.posterCriteria().get(1);
        mvc.perform(post("/contests/" + c.id() + "/jury/" + a)
                        .param("score-" + k1, "9")
                        .param("score-" + k2, "4")
                        .with(as("kaluga.officer"))
                        .with(csrf()))
                .andReturn();

        String other =
                html(mvc.perform(get("/contests/" + c.id() + "/jury/" + a).with(as("region.admin")))
                        .andReturn());
        assertThat(other)
                .contains("id=\"score-" + k1 + "\"")
                .doesNotContain("value=\"9\"", "value=\"4\"", "jury-totals");
        assertThat(other).doesNotContain("Морозова Елена Сергеевна");
        String organizer = html(
                mvc.perform(get("/contests/" + c.id()).with(as("region.admin"))).andReturn());
        assertThat(organizer).doesNotContain("results-table", "13.00");
        String own = html(mvc.perform(get("/contests/" + c.id() + "/jury/" + a).with(as("kaluga.officer")))
                .andReturn());
        assertThat(own).contains("value=\"9\"", "value=\"4\"");

        // outside the jury: no works at all
        assertThat(mvc.perform(get("/contests/" + c.id() + "/jury/" + a).with(as("obninsk.officer")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/contests/" + c.id() + "/jury").with(as("ugh.employee")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        // closed: the totals of every juror are open
        contests.closeJudging(user("region.admin"), c.id());
        String after =
                html(mvc.perform(get("/contests/" + c.id() + "/jury/" + a).with(as("region.admin")))
                        .andReturn());
        assertThat(after).contains("jury-totals", "Морозова Елена Сергеевна", ": <span>13</span>");
        // and no more scores are taken
        var late = mvc.perform(post("/contests/" + c.id() + "/jury/" + a)
                        .param("score-" + k1, "1")
                        .param("score-" + k2, "1")
                        .with(as("region.admin"))
                        .with(csrf()))
                .andReturn();
        assertThat(String.valueOf(late.getFlashMap().get("problem"))).contains("Оценка по конкурсу уже завершена");
        assertThat(jdbc.sql("select count(*) from contest_score where application_id = ?")
                        .param(a)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }
}
