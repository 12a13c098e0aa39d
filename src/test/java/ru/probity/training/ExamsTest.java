package ru.probity.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ru.probity.IntegrationTest;
import ru.probity.access.CurrentUser;
import ru.probity.access.CurrentUserHolder;
import ru.probity.training.bank.Question;
import ru.probity.training.exam.Scoring;

class ExamsTest extends IntegrationTest {

    @Autowired
    Exams exams;

    @Autowired
    QuestionBank bank;

    private CurrentUser user(String name) {
        return ((CurrentUserHolder) users.loadUserByUsername(name)).currentUser();
    }

    /** The right answer to a question, in the question's own option indexes. */
    static Scoring.Answer rightAnswer(Question q) {
        return switch (q.kind()) {
            case SINGLE, MULTIPLE -> {
                Set<Integer> chosen = new HashSet<>();
                for (int i = 0; i < q.options().size(); i++) {
                    if (q.options().get(i).right()) {
                        chosen.add(i);
                    }
                }
                yield Scoring.Answer.choice(chosen);
            }
            case MATCHING -> {
                List<Integer> matches = new ArrayList<>();
                for (int i = 0; i < q.options().size(); i++) {
                    matches.add(i);
                }
                yield Scoring.Answer.matching(matches);
            }
            case SHORT -> Scoring.Answer.text(q.options().getFirst().text());
        };
    }

    private long newTest(String title, int minutes) {
        CurrentUser admin = user("region.admin");
        if (bank.categories(admin).stream().noneMatch(c -> c.name().equals("Уведомления и подарки"))) {
            bank.importStarter(admin);
        }
        List<Exams.Part> parts = bank.categories(admin).stream()
                .filter(c ->
                        c.name().equals("Уведомления и подарки") || c.name().equals("Декларации о доходах"))
                .map(c -> new Exams.Part(c.id(), 3))
                .toList();
        long test = exams.create(
                admin, title, minutes, 80, 2, LocalDate.now(), LocalDate.now().plusDays(30), true, parts);
        exams.assign(admin, test, List.of(organizationId(KALUGA), organizationId(OBNINSK)));
        return test;
    }

    @Test
    void anEmployeeTakesTheTestAnswersSurviveAReloadAndAllRightAnswersPass() {
        long test = newTest("Проверка знаний: уведомления и декларации", 30);
        CurrentUser employee = user("ugh.employee");
        assertThat(exams.available(employee)).anySatisfy(a -> {
            assertThat(a.test().id()).isEqualTo(test);
            assertThat(a.mayStart()).isTrue();
        });

        long attempt = exams.start(employee, test);
        Exams.Sheet sheet = exams.sheet(employee, attempt);
        assertThat(sheet.questions()).hasSize(6);
        for (Exams.Shown shown : sheet.questions()) {
            assertThat(exams.save(attempt, sheet.answerKey(), shown.position(), rightAnswer(shown.question())))
                    .isEqualTo(Exams.Saved.SAVED);
        }
        // a reload, or starting again, resumes the same attempt with every answer
        assertThat(exams.start(employee, test)).isEqualTo(attempt);
        assertThat(exams.sheet(employee, attempt).questions())
                .allSatisfy(s -> assertThat(s.answer()).isNotNull());
        // without the attempt's key (another employee, another attempt's key) nothing is written
        assertThat(exams.save(attempt, java.util.UUID.randomUUID().toString(), 0, Scoring.Answer.text("x")))
                .isEqualTo(Exams.Saved.DENIED);
        assertThat(exams.save(attempt, "not-a-key", 0, Scoring.Answer.text("x")))
                .isEqualTo(Exams.Saved.DENIED);
        assertThat(exams.save(attempt, null, 0, Scoring.Answer.text("x"))).isEqualTo(Exams.Saved.DENIED);

        exams.finish(employee, attempt);
        Exams.Sheet done = exams.sheet(employee, attempt);
        assertThat(done.score()).isEqualTo(100.0);
        assertThat(done.passed()).isTrue();
        assertThat(exams.save(attempt, sheet.answerKey(), 0, Scoring.Answer.text("late")))
                .isEqualTo(Exams.Saved.TIME_OUT);
        assertThat(exams.results(user("kaluga.officer"), test))
                .singleElement()
                .satisfies(r -> assertThat(r.passed()).isTrue());
        // Obninsk's officer sees no result of Kaluga's employee
        assertThat(exams.results(user("obninsk.officer"), test)).isEmpty();
    }

    @Test
    void theServerKeepsTheTimeAnswersAfterTheDeadlineAndGraceAreRefusedAndTheAttemptFinishes() {
        long test = newTest("Проверка на время", 1);
        CurrentUser employee = user("ugh.employee");
        long attempt = exams.start(employee, test);
        String key = exams.sheet(employee, attempt).answerKey();
        assertThat(exams.save(attempt, key, 0, Scoring.Answer.text("ответ"))).isEqualTo(Exams.Saved.SAVED);

        jdbc.sql("update test_attempt set deadline_at = now() - interval '31 seconds' where id = ?")
                .param(attempt)
                .update();

        assertThat(exams.save(attempt, key, 1, Scoring.Answer.text("поздно"))).isEqualTo(Exams.Saved.TIME_OUT);
        Exams.Sheet sheet = exams.sheet(employee, attempt);
        assertThat(sheet.finished()).isTrue();
        assertThat(sheet.passed()).isFalse();
        assertThat(sheet.questions().get(0).answer()).isNotNull();
        assertThat(sheet.questions().get(1).answer()).isNull();
    }

    @Test
    void answersAreTakenWithTheAttemptsKeyAloneAndRefusedWithoutIt() throws Exception {
        long test = newTest("Проверка ключа попытки", 10);
        CurrentUser employee = user("ugh.employee");
        long attempt = exams.start(employee, test);
        String key = exams.sheet(employee, attempt).answerKey();
        String path = "/training/attempts/" + attempt + "/answers/0";

        // the page's save: no session, no CSRF token, the key in the header
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                        .header("X-Attempt-Key", key)
                        .param("text", "ответ"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string("сохранено"));
        assertThat(exams.sheet(employee, attempt).questions().getFirst().answer())
                .isEqualTo(Scoring.Answer.text("ответ"));

        // a form of another site (no header), or a wrong key: refused, nothing written
        for (String wrong : new String[] {null, java.util.UUID.randomUUID().toString()}) {
            var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                    .param("text", "подмена");
            if (wrong != null) {
                request.header("X-Attempt-Key", wrong);
            }
            mvc.perform(request)
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                            .isForbidden());
        }
        assertThat(exams.sheet(employee, attempt).questions().getFirst().answer())
                .isEqualTo(Scoring.Answer.text("ответ"));

        exams.finish(employee, attempt);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                        .header("X-Attempt-Key", key)
                        .param("text", "после"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isConflict());
    }

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Test
    void anAnswerSaveSentWithTheSessionCookieLeavesTheSessionRowUntouched() throws Exception {
        long test = newTest("Сохранение без сессии", 10);
        CurrentUser employee = user("ugh.employee");
        long attempt = exams.start(employee, test);
        String key = exams.sheet(employee, attempt).answerKey();
        var http = java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build();
        String base = "http://127.0.0.1:" + port;

        // sign in through the login form, as the browser does
        var loginPage = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        String cookie = session(loginPage);
        var csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        var signedIn = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/login"))
                        .header("Cookie", cookie)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=ugh.employee&password="
                                + DEMO_PASSWORD + "&_csrf=" + java.net.URLEncoder.encode(csrf.group(1), "UTF-8")))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        cookie = session(signedIn);
        String sessionId = new String(java.util.Base64.getDecoder().decode(cookie.substring("SESSION=".length())));
        java.util.function.Supplier<Long> lastAccess =
                () -> jdbc.sql("select last_access_time from spring_session where session_id = ?")
                        .param(sessionId)
                        .query(Long.class)
                        .single();
        long before = lastAccess.get();
        Thread.sleep(20);

        var saved = http.send(
                java.net.http.HttpRequest.newBuilder(
                                java.net.URI.create(base + "/training/attempts/" + attempt + "/answers/0"))
                        .header("Cookie", cookie)
                        .header("HX-Request", "true")
                        .header("X-Attempt-Key", key)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("text=273"))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(exams.sheet(employee, attempt).questions().getFirst().answer())
                .isEqualTo(Scoring.Answer.text("273"));
        // the save neither read the session nor wrote its last access time back
        assertThat(lastAccess.get()).isEqualTo(before);

        // while a page with the same cookie does, so the cookie was a live session
        var page = http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/training/attempts/" + attempt))
                        .header("Cookie", cookie)
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(lastAccess.get()).isGreaterThan(before);
    }

    private static String session(java.net.http.HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow();
    }
}
