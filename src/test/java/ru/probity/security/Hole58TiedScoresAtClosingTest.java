package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.contest.ContestFixtures;
import ru.probity.contest.Contests;
import ru.probity.platform.RegionTime;

/**
 * Hole 58 (issue 21, item 5): the tie of a juror to a participant was checked only when he scored, so
 * a work he had scored before the tie became known to the people registry (a relative entered later,
 * his account linked to his card later) kept his score in the results computed at the closing. The
 * closing now leaves out the scores of every juror tied to the work's participant.
 */
class Hole58TiedScoresAtClosingTest extends SecurityTest {

    @Autowired
    Contests contests;

    @Autowired
    RegionTime regionTime;

    private CurrentUser user(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    private int score(ContestFixtures.Fresh c, long application, String juror, int a, int b) throws Exception {
        return mvc.perform(post("/contests/" + c.id() + "/jury/" + application)
                        .param("score-" + c.posterCriteria().get(0), Integer.toString(a))
                        .param("score-" + c.posterCriteria().get(1), Integer.toString(b))
                        .with(as(juror))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void theScoresOfAJurorFoundTiedLaterAreLeftOutOfTheResults() throws Exception {
        LocalDate today = regionTime.today();
        LocalDate birth = today.minusYears(19);
        ContestFixtures f = new ContestFixtures(mvc, jdbc, contests);
        var c = f.announced(
                user("region.admin"),
                organizationId(KALUGA),
                "Конкурс «Поздний отвод»",
                today,
                "ugh.head",
                "region.admin");
        long work = f.applicationId(
                c,
                f.apply(
                        c,
                        "127.58.0.1",
                        java.util.Map.of(
                                "lastName", "Белозерский",
                                "firstName", "Арсений",
                                "middleName", "Львович",
                                "birthDate", birth.toString()),
                        ContestFixtures.poster()));
        contests.admit(user("region.admin"), c.id(), work);
        assertThat(score(c, work, "ugh.head", 10, 5)).isEqualTo(302);
        assertThat(score(c, work, "region.admin", 4, 2)).isEqualTo(302);

        // the participant turns out to be the juror's son, entered in the registry after the scoring
        long card = jdbc.sql("select employee_id from app_user where username = 'ugh.head'")
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into relative (employee_id, relation, last_name, first_name, middle_name, birth_date, created_by, updated_by)
                values (?, 'CHILD', 'Белозерский', 'Арсений', 'Львович', ?, 'test', 'test')""").params(card, birth).update();
        contests.closeJudging(user("region.admin"), c.id());

        var result = jdbc.sql("select jurors, mean from contest_result where application_id = ?")
                .param(work)
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getBigDecimal(2)})
                .single();
        assertThat(result[0]).isEqualTo(1);
        assertThat((BigDecimal) result[1]).isEqualByComparingTo("6");
    }
}
