package ru.probity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static ru.probity.contest.ContestFixtures.html;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.contest.ContestFixtures;
import ru.probity.contest.Contests;
import ru.probity.platform.RegionTime;

/**
 * Hole 52 (issue 21, item 5): the public application form. A minor's application without the consent
 * of his legal representative (152-ФЗ ст.9 ч.6; ГК РФ ст.26, 28) is refused, as is a file over the
 * limit, a file the nomination does not accept, a video link that is not {@code https}, and an
 * application to a contest not announced; nothing of a refused application is stored.
 */
class Hole52ContestApplicationTest extends SecurityTest {

    @Autowired
    Contests contests;

    @Autowired
    RegionTime regionTime;

    private CurrentUser user(String username) {
        return ((CurrentUserHolder) users.loadUserByUsername(username)).currentUser();
    }

    private int count(long contest) {
        return jdbc.sql("select count(*) from contest_application where contest_id = ?")
                .param(contest)
                .query(Integer.class)
                .single();
    }

    @Test
    void aMinorWithoutConsentAndFilesOverTheLimitAreRefused() throws Exception {
        ContestFixtures f = new ContestFixtures(mvc, jdbc, contests);
        var c = f.announced(user("region.admin"), organizationId(KALUGA), "Конкурс «Согласие»", regionTime.today());
        String minorBirth = regionTime.today().minusYears(15).toString();

        MvcResult noConsent = f.apply(c, "127.52.0.1", Map.of("birthDate", minorBirth), ContestFixtures.poster());
        assertThat(noConsent.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(noConsent)).contains("Участнику нет 18 лет", "aria-invalid=\"true\"");
        MvcResult noTick = f.apply(
                c,
                "127.52.0.2",
                Map.of("birthDate", minorBirth, "parentName", "Ручкина Ольга Петровна"),
                ContestFixtures.poster());
        assertThat(noTick.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(noTick)).contains("только с согласия родителя");
        assertThat(count(c.id())).isZero();

        byte[] big = Arrays.copyOf(ContestFixtures.PNG, 10 * 1024 * 1024 + 1);
        MvcResult tooBig =
                f.apply(c, "127.52.0.3", Map.of(), new MockMultipartFile("files", "плакат.png", "image/png", big));
        assertThat(tooBig.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(tooBig)).contains("больше 10 МБ");

        MvcResult text = f.apply(
                c,
                "127.52.0.4",
                Map.of(),
                new MockMultipartFile("files", "плакат.txt", "text/plain", "просто текст".getBytes()));
        assertThat(text.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(text)).contains("не подходит для номинации");

        MvcResult http = f.apply(
                c, "127.52.0.5", Map.of("nominationId", Long.toString(c.video()), "videoUrl", "http://rutube.ru/v/1"));
        assertThat(http.getResponse().getStatus()).isEqualTo(422);
        assertThat(html(http)).contains("https://");
        assertThat(count(c.id())).isZero();

        // with the consent the same minor is accepted, the consent stored
        MvcResult ok = f.apply(
                c,
                "127.52.0.6",
                Map.of("birthDate", minorBirth, "parentName", "Ручкина Ольга Петровна", "parentConsent", "true"),
                ContestFixtures.poster());
        assertThat(ok.getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("select parent_consent from contest_application where id = ?")
                        .param(f.applicationId(c, ok))
                        .query(Boolean.class)
                        .single())
                .isTrue();

        // a contest not announced has no public form
        long draft = contests.create(
                user("region.admin"),
                new Contests.ContestForm(
                        c.organizer(),
                        "Конкурс в подготовке",
                        "",
                        regionTime.today(),
                        regionTime.today().plusDays(1),
                        regionTime.today().plusDays(2),
                        regionTime.today().plusDays(3)));
        assertThat(mvc.perform(get("/public/" + c.organizer() + "/contests/" + draft + "/apply"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
