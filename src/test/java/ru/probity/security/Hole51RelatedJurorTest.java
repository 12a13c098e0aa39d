package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
 * Hole 51 (issue 21, item 5): a juror whose relative in the people registry takes part is excluded
 * from that work — it is not in his list, its page, its file and its scoring answer 403 and nothing
 * is stored — and the organizer sees the exclusion with its reason; a participant who only shares
 * the juror's relative's surname is scored as any other.
 */
class Hole51RelatedJurorTest extends SecurityTest {

    @Autowired
    Contests contests;

    @Autowired
    RegionTime regionTime;

    private CurrentUser user(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    @Test
    void aJurorRelatedToAParticipantCannotOpenOrScoreTheWork() throws Exception {
        LocalDate today = regionTime.today();
        LocalDate birth = today.minusYears(16).minusDays(3);
        long card = jdbc.sql("select employee_id from app_user where username = 'ugh.head'")
                .query(Long.class)
                .single();
        jdbc.sql("""
                insert into relative (employee_id, relation, last_name, first_name, middle_name, birth_date, created_by, updated_by)
                values (?, 'CHILD', 'Вишневецкий', 'Матвей', 'Игоревич', ?, 'test', 'test')""").params(card, birth).update();
        ContestFixtures f = new ContestFixtures(mvc, jdbc, contests);
        var c = f.announced(
                user("region.admin"), organizationId(KALUGA), "Конкурс «Отвод»", today, "ugh.head", "region.admin");
        Map<String, String> minor = Map.of(
                "lastName", "Вишневецкий",
                "firstName", "Матвей",
                "middleName", "Игоревич",
                "birthDate", birth.toString(),
                "parentName", "Вишневецкая Анна Павловна",
                "parentConsent", "true");
        long related = f.applicationId(c, f.apply(c, "127.51.0.1", minor, ContestFixtures.poster()));
        Map<String, String> namesake = new java.util.HashMap<>(minor);
        namesake.put("firstName", "Ярослав");
        long other = f.applicationId(c, f.apply(c, "127.51.0.2", namesake, ContestFixtures.poster()));
        contests.admit(user("region.admin"), c.id(), related);
        contests.admit(user("region.admin"), c.id(), other);

        String list = html(mvc.perform(get("/contests/" + c.id() + "/jury").with(as("ugh.head")))
                .andReturn());
        assertThat(list).contains("id=\"work-" + other + "\"").doesNotContain("id=\"work-" + related + "\"");
        assertThat(list).contains("отведены");

        assertThat(mvc.perform(get("/contests/" + c.id() + "/jury/" + related).with(as("ugh.head")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        long file = jdbc.sql("select id from contest_file where application_id = ?")
                .param(related)
                .query(Long.class)
                .single();
        assertThat(mvc.perform(get("/contests/" + c.id() + "/jury/" + related + "/files/" + file)
                                .with(as("ugh.head")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        long k1 = c.posterCriteria().get(0);
        long k2 = c.posterCriteria().get(1);
        assertThat(mvc.perform(post("/contests/" + c.id() + "/jury/" + related)
                                .param("score-" + k1, "10")
                                .param("score-" + k2, "5")
                                .with(as("ugh.head"))
                                .with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from contest_score where application_id = ?")
                        .param(related)
                        .query(Integer.class)
                        .single())
                .isZero();
        // the namesake is scored as any other work
        var ok = mvc.perform(post("/contests/" + c.id() + "/jury/" + other)
                        .param("score-" + k1, "7")
                        .param("score-" + k2, "3")
                        .with(as("ugh.head"))
                        .with(csrf()))
                .andReturn();
        assertThat(ok.getResponse().getStatus()).isEqualTo(302);
        assertThat(ok.getFlashMap().get("problem")).isNull();
        // the other juror has no tie
        assertThat(mvc.perform(get("/contests/" + c.id() + "/jury/" + related).with(as("region.admin")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        // the organizer sees the exclusion and why
        String head = jdbc.sql("select full_name from app_user where username = 'ugh.head'")
                .query(String.class)
                .single();
        String organizer = html(
                mvc.perform(get("/contests/" + c.id()).with(as("region.admin"))).andReturn());
        assertThat(organizer.substring(
                        organizer.indexOf("id=\"exclusions\""), organizer.indexOf("id=\"applications\"")))
                .contains(
                        head, "Вишневецкий Матвей Игоревич", "участник — родственник члена жюри по реестру", "Ребёнок")
                .doesNotContain("Вишневецкий Ярослав");
    }
}
