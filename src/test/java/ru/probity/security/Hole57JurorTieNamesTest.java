package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static ru.probity.contest.ContestFixtures.html;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.contest.ContestFixtures;
import ru.probity.contest.Contests;
import ru.probity.platform.RegionTime;

/**
 * Hole 57 (issue 21, item 5): the tie of a juror to a participant was found only when the full names
 * matched word for word, so a relative kept in the people registry without a patronymic, or a parent
 * who typed his name without one, let the juror score his own child's work. A patronymic missing on
 * either side no longer tells two people apart (as a missing birth date does not); a namesake with
 * another first name is still scored as any other.
 */
class Hole57JurorTieNamesTest extends SecurityTest {

    @Autowired
    Contests contests;

    @Autowired
    RegionTime regionTime;

    private CurrentUser user(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    private int status(String path, String username) throws Exception {
        return mvc.perform(get(path).with(as(username)))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void aPatronymicMissingOnOneSideStillTiesTheJuror() throws Exception {
        LocalDate today = regionTime.today();
        LocalDate birth = today.minusYears(15).minusDays(11);
        long card = jdbc.sql("select employee_id from app_user where username = 'ugh.head'")
                .query(Long.class)
                .single();
        // the son kept without a patronymic, the wife with one
        jdbc.sql("""
                insert into relative (employee_id, relation, last_name, first_name, middle_name, birth_date, created_by, updated_by)
                values (?, 'CHILD', 'Заозёрный', 'Савелий', null, ?, 'test', 'test'),
                       (?, 'SPOUSE', 'Заозёрная', 'Лидия', 'Марковна', null, 'test', 'test')""").params(card, birth, card).update();
        ContestFixtures f = new ContestFixtures(mvc, jdbc, contests);
        var c = f.announced(user("region.admin"), organizationId(KALUGA), "Конкурс «Отчество»", today, "ugh.head");
        long son = f.applicationId(
                c,
                f.apply(
                        c,
                        "127.57.0.1",
                        Map.of(
                                "lastName", "Заозерный",
                                "firstName", "Савелий",
                                "middleName", "Игоревич",
                                "birthDate", birth.toString(),
                                "parentName", "Петрова Нина Ивановна",
                                "parentConsent", "true"),
                        ContestFixtures.poster()));
        // a stepdaughter: the parent named is the juror's wife, typed without her patronymic
        long stepdaughter = f.applicationId(
                c,
                f.apply(
                        c,
                        "127.57.0.2",
                        Map.of(
                                "lastName", "Крылова",
                                "firstName", "Ева",
                                "birthDate", today.minusYears(16).toString(),
                                "parentName", "заозерная  Лидия",
                                "parentConsent", "true"),
                        ContestFixtures.poster()));
        // somebody else of the same surname
        long other = f.applicationId(
                c,
                f.apply(
                        c,
                        "127.57.0.3",
                        Map.of(
                                "lastName", "Заозёрный",
                                "firstName", "Тихон",
                                "birthDate", birth.toString(),
                                "parentName", "Заозёрная Вера",
                                "parentConsent", "true"),
                        ContestFixtures.poster()));
        for (long a : new long[] {son, stepdaughter, other}) {
            contests.admit(user("region.admin"), c.id(), a);
        }

        String list = html(mvc.perform(get("/contests/" + c.id() + "/jury").with(as("ugh.head")))
                .andReturn());
        assertThat(list)
                .contains("id=\"work-" + other + "\"")
                .doesNotContain("id=\"work-" + son + "\"", "id=\"work-" + stepdaughter + "\"");
        assertThat(status("/contests/" + c.id() + "/jury/" + son, "ugh.head")).isEqualTo(403);
        assertThat(status("/contests/" + c.id() + "/jury/" + stepdaughter, "ugh.head"))
                .isEqualTo(403);
        assertThat(status("/contests/" + c.id() + "/jury/" + other, "ugh.head")).isEqualTo(200);
    }
}
